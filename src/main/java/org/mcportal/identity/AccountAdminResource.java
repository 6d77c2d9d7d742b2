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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
  private final AccountMail mail;
  private final Caller caller;

  AccountAdminResource(
      AccountService accounts,
      AccountAdministration administration,
      InvitationService invitations,
      AccountMail mail,
      Caller caller) {
    this.accounts = accounts;
    this.administration = administration;
    this.invitations = invitations;
    this.mail = mail;
    this.caller = caller;
  }

  @GET
  @Path("/accounts")
  @Operation(operationId = "listAccounts", summary = "Every account, by email")
  public List<AccountView> list() {
    return accounts.list();
  }

  @POST
  @Path("/accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAccount",
      summary = "Create an account with a temporary password, to be changed at first sign-in")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers =
          @Header(
              name = "Location",
              description = "The new account's address",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "An account with the email exists (`email-taken`)")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
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
  @Operation(operationId = "getAccount", summary = "One account")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(id);
  }

  @PUT
  @Path("/accounts/{id}/profile")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateAccountProfile", summary = "Change an account's name and profile")
  @APIResponse(
      responseCode = "200",
      description = "The account as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public AccountView updateProfile(@PathParam("id") long id, AccountProfile profile) {
    return administration.updateProfile(id, profile);
  }

  @PUT
  @Path("/accounts/{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeAccountRoles",
      summary = "Replace an account's roles; its sessions end at once")
  @APIResponse(
      responseCode = "200",
      description = "The account with its new roles",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The last active admin keeps the admin role (`last-admin`)")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public AccountView changeRoles(@PathParam("id") long id, RolesRequest request) {
    return administration.changeRoles(id, request == null ? null : request.roles());
  }

  @POST
  @Path("/accounts/{id}/deactivate")
  @Operation(
      operationId = "deactivateAccount",
      summary = "Deactivate an account; its sessions end at once")
  @APIResponse(
      responseCode = "200",
      description = "The account, deactivated",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The last active admin stays active (`last-admin`)")
  public AccountView deactivate(@PathParam("id") long id) {
    return administration.deactivate(id);
  }

  @POST
  @Path("/accounts/{id}/reactivate")
  @Operation(operationId = "reactivateAccount", summary = "Let a deactivated account sign in again")
  public AccountView reactivate(@PathParam("id") long id) {
    return administration.reactivate(id);
  }

  @POST
  @Path("/accounts/{id}/password-reset")
  @Operation(
      operationId = "resetAccountPassword",
      summary =
          "Disable the password, end the sessions and make a one-time link to choose a new one")
  @APIResponse(
      responseCode = "201",
      description = "The one-time link, mailed to the person and shown this once",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PasswordLinks.IssuedLink.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "The account signs in through the institution (`external-account`)")
  public Response resetPassword(@PathParam("id") long id) {
    return Response.status(Response.Status.CREATED)
        .entity(
            mail.deliver(
                administration.resetPassword(id, caller.requireAccountId()),
                accounts.get(id).displayName()))
        .build();
  }

  @POST
  @Path("/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "inviteAccount",
      summary = "Invite a person: an account and a one-time link to choose a password")
  @APIResponse(
      responseCode = "201",
      description = "The one-time link, mailed to the person and shown this once",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PasswordLinks.IssuedLink.class)))
  @APIResponse(
      responseCode = "409",
      ref = "Conflict",
      description = "An account with the email can already sign in (`email-taken`)")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response invite(AccountDetails details) {
    return Response.status(Response.Status.CREATED)
        .entity(
            mail.deliver(
                invitations.invite(details, caller.requireAccountId()), details.displayName()))
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
