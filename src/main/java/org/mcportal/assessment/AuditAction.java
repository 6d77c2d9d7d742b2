package org.mcportal.assessment;

/** The changes of state the audit trail records. */
public enum AuditAction {
  /** An attempt arrived and waits in the queue. */
  QUEUE,
  CLAIM,
  /** A lease was given up by its holder or taken back by an admin. */
  LEASE_RELEASE,
  LEASE_EXPIRED,
  ASSIGN,
  REASSIGN,
  SAVE,
  SUBMIT,
  OVERRIDE,
  RELEASE,
  REOPEN,
  /** The attempt's draw for double scoring, whatever its result. */
  DRAW,
  /** Both assessments of a double scoring are in and agree. */
  AGREE,
  /** Both assessments of a double scoring are in and differ. */
  DISAGREE,
  /** A lead recorded the final scoring of a disagreement. */
  ADJUDICATE,
  /** An admin exported data or printed a report; the details say what, and whether with names. */
  EXPORT,
  /** An admin revoked an issued badge; the details name it and give the reason. */
  BADGE_REVOKE,
  /** An admin stopped new submissions on a credential version. */
  VERSION_RETIRE,
  /** An admin opened a retired credential version to new submissions again. */
  VERSION_UNRETIRE,
  /** An admin created a calibration set. */
  CALIBRATION_SET,
  /** An admin marked a released attempt as an exemplar of a calibration set. */
  CALIBRATION_EXEMPLAR_ADDED,
  /** An admin took an exemplar out of a calibration set. */
  CALIBRATION_EXEMPLAR_REMOVED,
  /** An assessor submitted a calibration set; the details give the agreement and the result. */
  CALIBRATION_RESULT
}
