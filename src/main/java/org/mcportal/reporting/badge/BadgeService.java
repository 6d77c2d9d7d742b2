package org.mcportal.reporting.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.mcportal.assessment.AuditAction;
import org.mcportal.assessment.AuditTrail;
import org.mcportal.assessment.EducatorResults;
import org.mcportal.assessment.OutcomeReleased;
import org.mcportal.credential.CredentialCatalog;
import org.mcportal.identity.AccountService;
import org.mcportal.identity.AccountView;
import org.mcportal.identity.Signer;
import org.mcportal.platform.Problem;
import org.mcportal.platform.ProblemException;
import org.mcportal.platform.Sha256;
import org.mcportal.reporting.ReportingProblems;
import org.mcportal.rules.CredentialDefinition;
import org.mcportal.submission.SubmissionDirectory;
import org.mcportal.submission.SubmissionRow;

/**
 * Issues, lists, revokes and verifies the portal's Open Badges. A badge is issued once the release
 * of an earned result has committed, signed as a VC-JWT with the portal's key; it is kept exactly
 * as signed, so every download is the same credential.
 */
@ApplicationScoped
@Transactional
public class BadgeService {

  private static final Logger LOG = Logger.getLogger(BadgeService.class);
  static final String JWT_TYPE = "vc+jwt";

  private final OpenBadges documents;
  private final Signer signer;
  private final CredentialCatalog catalog;
  private final EducatorResults results;
  private final SubmissionDirectory submissions;
  private final AccountService accounts;
  private final ObjectMapper json;
  private final Clock clock;
  private final AuditTrail audit;
  private final SecureRandom random = new SecureRandom();

  BadgeService(
      AuditTrail audit,
      OpenBadges documents,
      Signer signer,
      CredentialCatalog catalog,
      EducatorResults results,
      SubmissionDirectory submissions,
      AccountService accounts,
      ObjectMapper json,
      Clock clock) {
    this.audit = audit;
    this.documents = documents;
    this.signer = signer;
    this.catalog = catalog;
    this.results = results;
    this.submissions = submissions;
    this.accounts = accounts;
    this.json = json;
    this.clock = clock;
  }

  static final int ISSUE_ATTEMPTS = 5;

  /** After the release commits: a badge failure never undoes a release, and is logged. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomeReleased released) {
    if (!released.earned()) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        QuarkusTransaction.requiringNew().run(() -> issue(released));
        return;
      } catch (RuntimeException e) {
        // Two nodes issuing badges at once may pick the same next status index (or store the same
        // key twice); the unique constraint refuses the second, and issuing again picks the next
        // free one. issue() does nothing when the badge already exists, so a retry is safe.
        if (attempt == ISSUE_ATTEMPTS) {
          LOG.errorf(e, "Could not issue the badge of submission %d", released.submissionId());
          return;
        }
        LOG.debugf(e, "Issuing the badge of submission %d again", released.submissionId());
      }
    }
  }

  void issue(OutcomeReleased released) {
    if (Badge.existsFor(released.submissionId(), released.attemptNumber())) {
      return;
    }
    SubmissionRow row = submissions.byIds(List.of(released.submissionId())).get(0);
    AccountView educator = accounts.get(row.ownerId());
    CredentialDefinition definition =
        catalog.version(released.credentialId(), released.credentialVersion()).orElseThrow();
    EducatorResults.ResultsView result = results.results(released.submissionId(), row.ownerId());
    Instant now = clock.instant();
    Badge badge = new Badge();
    badge.publicId = UUID.randomUUID().toString();
    badge.submissionId = released.submissionId();
    badge.attemptNumber = released.attemptNumber();
    badge.ownerId = row.ownerId();
    badge.credentialId = definition.id();
    badge.credentialVersion = definition.version();
    badge.statusIndex = Badge.nextStatusIndex();
    badge.issuedAt = now;
    Map<String, Object> credential =
        documents.credential(
            badge.publicId,
            definition,
            result,
            identifier(educator.email()),
            badge.statusIndex,
            now);
    badge.credentialJson = write(credential);
    badge.credentialJwt = signer.signJson(badge.credentialJson, JWT_TYPE);
    badge.keyId = signer.keyId();
    badge.persist();
    rememberKey(now);
    BadgeEvent.record(badge, BadgeEvent.Action.ISSUE, null, now, null);
    LOG.infof("Badge %s issued for submission %d", badge.publicId, badge.submissionId);
  }

  /** The current key joins the published set the first time it signs a badge. */
  private void rememberKey(Instant now) {
    if (BadgeKey.findById(signer.keyId()) != null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keys = (List<Map<String, Object>>) signer.publicKeys().get("keys");
    for (Map<String, Object> key : keys) {
      if (signer.keyId().equals(key.get("kid"))) {
        BadgeKey stored = new BadgeKey();
        stored.keyId = signer.keyId();
        stored.jwk = write(key);
        stored.firstUsed = now;
        stored.persist();
      }
    }
  }

  /** Every key a badge was ever signed with, and the current one: what verifiers fetch. */
  public Map<String, Object> keySet() {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> current = (List<Map<String, Object>>) signer.publicKeys().get("keys");
    current.forEach(key -> byId.put((String) key.get("kid"), key));
    for (BadgeKey key : BadgeKey.<BadgeKey>listAll()) {
      byId.putIfAbsent(key.keyId, read(key.jwk));
    }
    return Map.of("keys", new ArrayList<>(byId.values()));
  }

  private Map<String, Object> identifier(String email) {
    byte[] saltBytes = new byte[16];
    random.nextBytes(saltBytes);
    String salt = HexFormat.of().formatHex(saltBytes);
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("type", "IdentityObject");
    identity.put(
        "identityHash", "sha256$" + Sha256.hex((email + salt).getBytes(StandardCharsets.UTF_8)));
    identity.put("identityType", "emailAddress");
    identity.put("hashed", true);
    identity.put("salt", salt);
    return identity;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BadgeView> ownedBy(long educatorId) {
    return Badge.ownedBy(educatorId).stream().map(this::view).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<BadgeView> newestFirst(int limit) {
    return Badge.newestFirst(Math.max(1, Math.min(limit, 500))).stream().map(this::view).toList();
  }

  /** The educator's own badge, signed; anyone else's is as good as missing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Issued download(String publicId, long educatorId) {
    Badge badge =
        Badge.byPublicId(publicId)
            .filter(b -> b.ownerId == educatorId)
            .orElseThrow(BadgeService::notFound);
    CredentialDefinition definition =
        catalog.version(badge.credentialId, badge.credentialVersion).orElseThrow();
    return new Issued(
        badge.publicId, badge.credentialJson, badge.credentialJwt, definition.title());
  }

  public BadgeView revoke(String publicId, long adminId, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new ProblemException(
          Problem.unprocessable(
                  "Give a reason for the revocation, at most 1000 characters.",
                  List.of("reason: required, at most 1000 characters"))
              .withType(ReportingProblems.INVALID));
    }
    Badge badge = Badge.byPublicId(publicId).orElseThrow(BadgeService::notFound);
    if (badge.revoked()) {
      return view(badge);
    }
    Instant now = clock.instant();
    badge.revokedAt = now;
    badge.revokedBy = adminId;
    badge.revocationReason = reason.strip();
    BadgeEvent.record(badge, BadgeEvent.Action.REVOKE, adminId, now, badge.revocationReason);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("badge", badge.publicId);
    details.put("submission", badge.submissionId);
    details.put("attempt", badge.attemptNumber);
    details.put("reason", badge.revocationReason);
    audit.recordAdmin(adminId, AuditAction.BADGE_REVOKE, details);
    LOG.infof("Badge %s revoked by account %d", badge.publicId, adminId);
    return view(badge);
  }

  /** The revocation list as a signed Bitstring Status List credential. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String statusListJwt() {
    Map<String, Object> credential =
        documents.statusListCredential(StatusList.encode(Badge.revokedIndexes()), clock.instant());
    return signer.signJson(write(credential), JWT_TYPE);
  }

  /**
   * Checks a badge file as a person hands it over: a baked PNG carries the VC-JWT inside it, a .jwt
   * file is the VC-JWT itself. The .json download is the payload alone, without a signature, so it
   * cannot prove anything and is refused with a word on what to use instead.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Verification verifyFile(byte[] content) {
    if (content.length > 8 && content[0] == (byte) 0x89 && content[1] == 'P') {
      String baked;
      try {
        baked = BakedPng.read(content);
      } catch (RuntimeException e) {
        baked = null;
      }
      if (baked == null) {
        return new Verification(
            false, false, false, false, null, List.of("This image carries no Open Badge."));
      }
      return verify(baked);
    }
    String text = new String(content, StandardCharsets.UTF_8).strip();
    if (text.startsWith("{")) {
      return new Verification(
          false,
          false,
          false,
          false,
          null,
          List.of(
              "A .json credential carries no signature; check the .jwt file or the badge image"
                  + " instead."));
    }
    return verify(text);
  }

  /** The public check of one issued badge by its id, as the address on its certificate asks. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Verification> verifyIssued(String publicId) {
    return Badge.byPublicId(publicId).map(b -> verify(b.credentialJwt));
  }

  /**
   * Checks a VC-JWT as an outside verifier would: the signature against the published keys, the
   * validity dates, and the revocation bit; plus that it is an OpenBadgeCredential of this issuer.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Verification verify(String compact) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> payload;
    boolean signature = false;
    try {
      JsonWebSignature jws = new JsonWebSignature();
      jws.setCompactSerialization(compact == null ? "" : compact.strip());
      String kid = jws.getKeyIdHeaderValue();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> keys = (List<Map<String, Object>>) keySet().get("keys");
      Optional<Map<String, Object>> key =
          keys.stream().filter(k -> k.get("kid") != null && k.get("kid").equals(kid)).findFirst();
      if (key.isEmpty()) {
        problems.add("The signing key is not one of the portal's published keys.");
        payload = read(jws.getUnverifiedPayload());
      } else {
        jws.setKey(JsonWebKey.Factory.newJwk(key.get()).getKey());
        signature = jws.verifySignature();
        if (!signature) {
          problems.add("The signature does not match the credential.");
        }
        payload = read(jws.getUnverifiedPayload());
      }
    } catch (JoseException | RuntimeException e) {
      return new Verification(
          false, false, false, false, null, List.of("This is not a signed credential (VC-JWT)."));
    }
    Instant now = clock.instant();
    boolean dates = true;
    try {
      Object from = payload.get("validFrom");
      if (from == null || Instant.parse(from.toString()).isAfter(now)) {
        dates = false;
        problems.add("The credential is not valid yet.");
      }
      Object until = payload.get("validUntil");
      if (until != null && Instant.parse(until.toString()).isBefore(now)) {
        dates = false;
        problems.add("The credential has expired.");
      }
    } catch (RuntimeException e) {
      dates = false;
      problems.add("The credential's dates are unreadable.");
    }
    boolean revoked = false;
    String id = payload.get("id") instanceof String s ? s : null;
    if (!(payload.get("type") instanceof List<?> types && types.contains("OpenBadgeCredential"))) {
      problems.add("This is not an OpenBadgeCredential.");
      signature = false;
    }
    if (payload.get("credentialStatus") instanceof Map<?, ?> status
        && documents.statusListId().equals(status.get("statusListCredential"))) {
      int index = Integer.parseInt(String.valueOf(status.get("statusListIndex")));
      String list = StatusList.encode(Badge.revokedIndexes());
      revoked = StatusList.isSet(list, index);
      if (revoked) {
        problems.add(
            "The issuer revoked this credential"
                + Badge.byStatusIndex(index).map(b -> ": " + b.revocationReason).orElse("."));
      }
    } else {
      problems.add("The credential has no status entry of this issuer.");
    }
    boolean valid = signature && dates && !revoked && problems.isEmpty();
    return new Verification(valid, signature, dates, revoked, id, problems);
  }

  private BadgeView view(Badge badge) {
    String title =
        catalog
            .version(badge.credentialId, badge.credentialVersion)
            .map(CredentialDefinition::title)
            .orElse(badge.credentialId);
    return new BadgeView(
        badge.publicId,
        badge.credentialId,
        badge.credentialVersion,
        title,
        badge.attemptNumber,
        badge.issuedAt,
        badge.revokedAt,
        badge.revocationReason);
  }

  private static ProblemException notFound() {
    return notFoundProblem();
  }

  static ProblemException notFoundProblem() {
    return ProblemException.notFound("No such badge");
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
  }

  /**
   * A badge as lists show it; never the educator.
   *
   * @param id the badge's id, the UUID of its {@code urn:uuid:} credential id
   */
  public record BadgeView(
      String id,
      String credentialId,
      String credentialVersion,
      String credentialTitle,
      int attempt,
      Instant issuedAt,
      @Schema(nullable = true) Instant revokedAt,
      @Schema(nullable = true) String revocationReason) {}

  /** An issued badge in the forms the educator downloads. */
  public record Issued(String id, String json, String jwt, String title) {}

  /**
   * @param signature signed by a key the portal publishes, and an OpenBadgeCredential
   * @param dates valid now
   * @param revoked the issuer has revoked it
   * @param problems why it is not valid, in words
   */
  public record Verification(
      boolean valid,
      boolean signature,
      boolean dates,
      boolean revoked,
      @Schema(nullable = true) String credentialId,
      List<String> problems) {}
}
