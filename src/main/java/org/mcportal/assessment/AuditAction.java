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
  /** An admin exported data or printed a report; the details say what, and whether with names. */
  EXPORT
}
