package org.mcportal.identity;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may call each endpoint, written out by hand from what the portal is for, not read from the
 * code's annotations: the access tests compare the running portal against this table, so a wrong
 * annotation fails them instead of being copied into the expectation. An endpoint missing from the
 * table fails the build too, so whoever adds one must decide here who may call it.
 *
 * <p>Paths are written as in the resources, with their parameters in braces.
 */
final class AccessPolicy {

  /** Who may call an endpoint. */
  sealed interface Who permits Anyone, SignedIn, AnyOf {}

  /** Everyone, signed in or not. */
  record Anyone() implements Who {}

  /** Anyone signed in, whatever their roles. */
  record SignedIn() implements Who {}

  /** Someone signed in who holds at least one of these roles. */
  record AnyOf(Set<Role> roles) implements Who {}

  private static final Who ANYONE = new Anyone();
  private static final Who SIGNED_IN = new SignedIn();
  private static final Who EDUCATOR = new AnyOf(EnumSet.of(Role.EDUCATOR));
  private static final Who ASSESSOR = new AnyOf(EnumSet.of(Role.ASSESSOR));
  private static final Who ASSESSOR_OR_ADMIN = new AnyOf(EnumSet.of(Role.ASSESSOR, Role.ADMIN));
  private static final Who LEAD = new AnyOf(EnumSet.of(Role.LEAD));
  private static final Who ADMIN = new AnyOf(EnumSet.of(Role.ADMIN));

  static final Map<String, Who> TABLE = new LinkedHashMap<>();

  static {
    // Public: the home page, the credentials' descriptions, signing in and out, invitations, and
    // what a badge's verifier must fetch without an account.
    allow(ANYONE, "GET /");
    allow(ANYONE, "GET /signin", "POST /signin", "POST /signout");
    allow(ANYONE, "GET /invitation", "POST /invitation");
    allow(ANYONE, "POST /api/invitations/describe", "POST /api/invitations/accept");
    allow(ANYONE, "POST /api/auth/login", "GET /api/auth/csrf", "GET /api/auth/jwks");
    allow(ANYONE, "GET /.well-known/jwks.json");
    allow(ANYONE, "GET /credentials", "GET /credentials/{id}");
    allow(
        ANYONE,
        "GET /api/credentials",
        "GET /api/credentials/{id}",
        "GET /api/credentials/{id}/versions/{version}");
    allow(
        ANYONE,
        "GET /badges/issuer",
        "GET /badges/achievements/{credential}/{version}",
        "GET /badges/jwks.json",
        "GET /badges/status/{list}",
        "GET /badges/verify",
        "POST /badges/verify",
        "POST /api/badges/verify");

    // One's own session and password, whatever one's roles.
    allow(SIGNED_IN, "GET /account/password", "POST /account/password");
    allow(
        SIGNED_IN,
        "GET /api/auth/me",
        "POST /api/auth/logout",
        "POST /api/auth/password",
        "POST /api/auth/refresh");

    // Educators: their own drafts, attempts, results and badges.
    allow(
        EDUCATOR,
        "GET /api/submissions",
        "POST /api/submissions",
        "GET /api/submissions/{id}",
        "PUT /api/submissions/{id}/fields/{key}",
        "POST /api/submissions/{id}/withdraw",
        "GET /api/submissions/{id}/checklist",
        "POST /api/submissions/{id}/submit",
        "GET /api/submissions/{id}/uploads",
        "PUT /api/submissions/{id}/uploads/{key}",
        "DELETE /api/submissions/{id}/uploads/{key}",
        "GET /api/submissions/{id}/uploads/{key}/file",
        "GET /api/submissions/{id}/attempts",
        "GET /api/submissions/{id}/attempts/{attempt}/snapshot",
        "GET /api/submissions/{id}/results");
    allow(
        EDUCATOR,
        "GET /submissions",
        "GET /submissions/new",
        "POST /submissions",
        "GET /submissions/{id}",
        "POST /submissions/{id}",
        "POST /submissions/{id}/uploads/{key}",
        "POST /submissions/{id}/uploads/{key}/remove",
        "GET /submissions/{id}/check",
        "POST /submissions/{id}/submit",
        "GET /submissions/{id}/withdraw",
        "POST /submissions/{id}/withdraw",
        "GET /submissions/{id}/receipt/{attempt}",
        "GET /submissions/{id}/results");
    allow(
        EDUCATOR,
        "GET /api/badges",
        "GET /api/badges/{id}/credential.json",
        "GET /api/badges/{id}/credential.jwt",
        "GET /api/badges/{id}/badge.png",
        "GET /api/badges/{id}/certificate.pdf",
        "GET /badges/mine");

    // Assessors: the queue (admins follow it too), their claims and the scoring of them.
    allow(ASSESSOR_OR_ADMIN, "GET /api/assessment/queue", "GET /assessment");
    allow(
        ASSESSOR,
        "GET /api/assessment/claims",
        "POST /api/assessment/reviews/{code}/claim",
        "POST /api/assessment/reviews/{code}/give-up",
        "GET /api/assessment/reviews/{code}",
        "GET /api/assessment/reviews/{code}/history",
        "GET /api/assessment/reviews/{code}/files/{key}",
        "GET /api/assessment/reviews/{code}/sheet",
        "PUT /api/assessment/reviews/{code}/sheet",
        "PUT /api/assessment/reviews/{code}/sheet/components/{componentId}",
        "POST /api/assessment/reviews/{code}/submit");
    allow(
        ASSESSOR,
        "POST /assessment/reviews/{code}/claim",
        "POST /assessment/reviews/{code}/give-up",
        "GET /assessment/reviews/{code}",
        "POST /assessment/reviews/{code}",
        "POST /assessment/reviews/{code}/autosave");

    // Assessors: calibration on exemplars before live work, never seen by an educator.
    allow(
        ASSESSOR,
        "GET /api/assessment/calibration",
        "POST /api/assessment/calibration/sets/{setId}/start",
        "GET /api/assessment/calibration/runs/{runId}",
        "POST /api/assessment/calibration/runs/{runId}/submit",
        "GET /api/assessment/calibration/runs/{runId}/result",
        "GET /api/assessment/calibration/sheets/{code}",
        "GET /api/assessment/calibration/sheets/{code}/files/{key}",
        "GET /api/assessment/calibration/sheets/{code}/sheet",
        "PUT /api/assessment/calibration/sheets/{code}/sheet");
    allow(
        ASSESSOR,
        "GET /assessment/calibration",
        "POST /assessment/calibration/sets/{setId}/start",
        "GET /assessment/calibration/runs/{runId}",
        "POST /assessment/calibration/runs/{runId}/submit",
        "GET /assessment/calibration/runs/{runId}/result",
        "GET /assessment/calibration/sheets/{code}",
        "POST /assessment/calibration/sheets/{code}",
        "POST /assessment/calibration/sheets/{code}/autosave");

    // Leads: the double scorings that wait for adjudication.
    allow(
        LEAD,
        "GET /api/adjudication",
        "GET /api/adjudication/{code}",
        "POST /api/adjudication/{code}");
    allow(LEAD, "GET /adjudication", "GET /adjudication/{code}", "POST /adjudication/{code}");

    // Admins: accounts, the assessment's oversight, reports, exports, badges and previews.
    allow(
        ADMIN,
        "GET /api/admin/accounts",
        "POST /api/admin/accounts",
        "GET /api/admin/accounts/{id}",
        "PUT /api/admin/accounts/{id}/profile",
        "PUT /api/admin/accounts/{id}/roles",
        "POST /api/admin/accounts/{id}/deactivate",
        "POST /api/admin/accounts/{id}/reactivate",
        "POST /api/admin/accounts/{id}/password-reset",
        "POST /api/admin/invitations");
    allow(
        ADMIN,
        "GET /admin/accounts",
        "POST /admin/accounts",
        "GET /admin/accounts/new",
        "GET /admin/accounts/invite",
        "POST /admin/accounts/invite",
        "GET /admin/accounts/{id}",
        "POST /admin/accounts/{id}/profile",
        "POST /admin/accounts/{id}/roles",
        "POST /admin/accounts/{id}/deactivate",
        "POST /admin/accounts/{id}/reactivate",
        "POST /admin/accounts/{id}/password-reset");
    allow(
        ADMIN,
        "POST /api/admin/assessment/reviews/{code}/assign",
        "POST /api/admin/assessment/reviews/{code}/reassign",
        "POST /api/admin/assessment/reviews/{code}/release-claim",
        "POST /api/admin/assessment/reviews/{code}/release",
        "GET /api/admin/audit",
        "GET /api/admin/scoring-quality/{credentialId}/{version}/agreement",
        "GET /api/admin/scoring-quality/{credentialId}/{version}/drift",
        "GET /api/admin/scoring-quality/{credentialId}/{version}/drift/{assessorId}/items",
        "GET /api/admin/scoring-quality/double-scorings/{code}");
    allow(
        ADMIN,
        "GET /admin/scoring-quality",
        "GET /admin/scoring-quality/{credentialId}/{version}",
        "GET /admin/scoring-quality/{credentialId}/{version}/drift/{assessorId}",
        "GET /admin/scoring-quality/double-scorings/{code}");
    allow(
        ADMIN,
        "GET /api/admin/calibration/sets",
        "POST /api/admin/calibration/sets",
        "GET /api/admin/calibration/sets/{setId}",
        "POST /api/admin/calibration/sets/{setId}/exemplars",
        "DELETE /api/admin/calibration/sets/{setId}/exemplars/{exemplarId}");
    allow(
        ADMIN,
        "GET /admin/calibration",
        "POST /admin/calibration/sets",
        "GET /admin/calibration/sets/{setId}",
        "POST /admin/calibration/sets/{setId}/exemplars",
        "POST /admin/calibration/sets/{setId}/exemplars/{exemplarId}/remove");
    allow(
        ADMIN,
        "GET /admin/assessment",
        "POST /admin/assessment/reviews/{code}/assign",
        "POST /admin/assessment/reviews/{code}/reassign",
        "POST /admin/assessment/reviews/{code}/release-claim",
        "POST /admin/assessment/reviews/{code}/release",
        "GET /admin/audit");
    allow(
        ADMIN,
        "GET /api/admin/reports/dashboard",
        "GET /api/admin/reports/submissions/{id}/attempts/{attempt}.pdf",
        "GET /api/admin/exports/submissions.csv",
        "GET /api/admin/exports/assessors.csv",
        "GET /api/admin/exports/audit.csv",
        "GET /api/admin/cohorts",
        "POST /api/admin/cohorts",
        "GET /api/admin/cohorts/{id}",
        "PUT /api/admin/cohorts/{id}/members/{educatorId}",
        "DELETE /api/admin/cohorts/{id}/members/{educatorId}",
        "GET /api/admin/badges",
        "POST /api/admin/badges/{id}/revoke",
        "GET /api/admin/badges/{id}/certificate.pdf",
        "GET /api/admin/reports/summary.pdf",
        "GET /api/admin/credential-versions",
        "PUT /api/admin/credential-versions/{credential}/{version}/retirement",
        "DELETE /api/admin/credential-versions/{credential}/{version}/retirement");
    allow(
        ADMIN,
        "GET /admin/reports",
        "GET /admin/reports/cohorts",
        "POST /admin/reports/cohorts",
        "GET /admin/reports/cohorts/{id}",
        "POST /admin/reports/cohorts/{id}/members",
        "POST /admin/reports/cohorts/{id}/members/{educatorId}/remove",
        "GET /admin/reports/versions",
        "POST /admin/reports/versions/{credential}/{version}/retire",
        "POST /admin/reports/versions/{credential}/{version}/unretire",
        "GET /admin/badges",
        "POST /admin/badges/{id}/revoke");
    allow(
        ADMIN,
        "GET /credentials/preview",
        "GET /credentials/preview/{id}/{version}",
        "GET /submissions/preview/{id}/{version}");
  }

  private AccessPolicy() {}

  private static void allow(Who who, String... endpoints) {
    for (String endpoint : endpoints) {
      if (TABLE.put(endpoint, who) != null) {
        throw new IllegalStateException("listed twice in the access policy: " + endpoint);
      }
    }
  }

  /** The row for an endpoint written with its parameters in braces, as the table is. */
  static Who who(String template) {
    return TABLE.get(template);
  }

  /** May this caller, holding these roles (none when anonymous), call the endpoint? */
  static boolean allows(Who who, Set<Role> roles, boolean signedIn) {
    if (who instanceof Anyone) {
      return true;
    }
    if (who instanceof SignedIn) {
      return signedIn;
    }
    return roles.stream().anyMatch(((AnyOf) who).roles()::contains);
  }
}
