package org.mcportal.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What admins do with accounts. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account administration")
@RolesAllowed(Role.Names.ADMIN)
class AccountAdminResource {

  private final AccountService accounts;
  private final AccountAdministration administration;
  private final InvitationService invitations;
  private final Caller caller;

  AccountAdminResource(
      AccountService accounts,
      AccountAdministration administration,
      InvitationService invitations,
      Caller caller) {
    this.accounts = accounts;
    this.administration = administration;
    this.invitations = invitations;
    this.caller = caller;
  }

  @GET
  @Path("/accounts")
  @Operation(summary = "Every account, by email")
  public List<AccountView> list() {
    return accounts.list();
  }

  @POST
  @Path("/accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an account with a temporary password, to be changed at first sign-in")
  public Response create(NewAccountRequest request) {
    if (request == null) {
      throw IdentityProblems.invalid("the account details are required");
    }
    AccountView created =
        administration.create(new NewAccount(request.details(), request.temporaryPassword()));
    return Response.created(URI.create("/api/admin/accounts/" + created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("/accounts/{id}")
  @Operation(summary = "One account")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(id);
  }

  @PUT
  @Path("/accounts/{id}/profile")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an account's name and profile")
  public AccountView updateProfile(@PathParam("id") long id, AccountProfile profile) {
    return administration.updateProfile(id, profile);
  }

  @PUT
  @Path("/accounts/{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace an account's roles; its sessions end at once")
  public AccountView changeRoles(@PathParam("id") long id, RolesRequest request) {
    return administration.changeRoles(id, request == null ? null : request.roles());
  }

  @POST
  @Path("/accounts/{id}/deactivate")
  @Operation(summary = "Deactivate an account; its sessions end at once")
  public AccountView deactivate(@PathParam("id") long id) {
    return administration.deactivate(id);
  }

  @POST
  @Path("/accounts/{id}/reactivate")
  @Operation(summary = "Let a deactivated account sign in again")
  public AccountView reactivate(@PathParam("id") long id) {
    return administration.reactivate(id);
  }

  @POST
  @Path("/accounts/{id}/password-reset")
  @Operation(
      summary =
          "Disable the password, end the sessions and make a one-time link to choose a new one")
  public Response resetPassword(@PathParam("id") long id) {
    return Response.status(Response.Status.CREATED)
        .entity(administration.resetPassword(id, caller.requireAccountId()))
        .build();
  }

  @POST
  @Path("/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite a person: an account and a one-time link to choose a password")
  public Response invite(AccountDetails details) {
    return Response.status(Response.Status.CREATED)
        .entity(invitations.invite(details, caller.requireAccountId()))
        .build();
  }

  public record NewAccountRequest(
      String email,
      String displayName,
      String school,
      String district,
      String roleTitle,
      Set<Role> roles,
      String temporaryPassword) {
    AccountDetails details() {
      return new AccountDetails(email, displayName, school, district, roleTitle, roles);
    }
  }

  public record RolesRequest(Set<Role> roles) {}
}
