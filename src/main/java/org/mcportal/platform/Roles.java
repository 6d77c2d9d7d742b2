package org.mcportal.platform;

/**
 * The role names a signed-in person can hold. They are constants so that {@code @RolesAllowed} can
 * name them; identity assigns them, pages and resources only read them.
 */
public final class Roles {

  public static final String EDUCATOR = "EDUCATOR";
  public static final String ASSESSOR = "ASSESSOR";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
