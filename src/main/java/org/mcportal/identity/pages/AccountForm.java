package org.mcportal.identity.pages;

import java.util.List;
import java.util.Set;
import org.mcportal.identity.AccountDetails;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Role;

/** The values of an account form on the admin pages, as typed or as stored. */
record AccountForm(
    String email,
    String displayName,
    String school,
    String district,
    String roleTitle,
    List<RoleOption> roles) {

  static AccountForm empty() {
    return new AccountForm("", "", "", "", "", RoleOption.all(Set.of()));
  }

  static AccountForm of(AccountView account) {
    return of(account, account.roleSet());
  }

  /** The stored account with other roles ticked, as the roles form was sent. */
  static AccountForm of(AccountView account, Set<Role> roles) {
    return new AccountForm(
        account.email(),
        account.displayName(),
        orEmpty(account.school()),
        orEmpty(account.district()),
        orEmpty(account.roleTitle()),
        RoleOption.all(roles));
  }

  /** What was typed into a new account's or an invitation's form. */
  static AccountForm typed(AccountDetails details) {
    return new AccountForm(
        orEmpty(details.email()),
        orEmpty(details.displayName()),
        orEmpty(details.school()),
        orEmpty(details.district()),
        orEmpty(details.roleTitle()),
        RoleOption.all(details.roles()));
  }

  /** The stored account with the profile as typed into its profile form. */
  static AccountForm typedProfile(
      AccountView account, String displayName, String school, String district, String roleTitle) {
    return new AccountForm(
        account.email(),
        orEmpty(displayName),
        orEmpty(school),
        orEmpty(district),
        orEmpty(roleTitle),
        RoleOption.all(account.roleSet()));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
