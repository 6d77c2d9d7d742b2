package org.mcportal.identity;

/** An account an admin creates, with the temporary password the person must change. */
public record NewAccount(AccountDetails details, String temporaryPassword) {}
