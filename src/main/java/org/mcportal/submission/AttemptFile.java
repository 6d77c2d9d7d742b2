package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An uploaded file as an attempt was submitted with it: a copy of the draft's upload taken at
 * submit, so revising the draft later cannot change it. It keeps no file name, since a blind
 * reviewer reads it and a name can identify its author.
 */
@Entity
@Table(name = "attempt_file")
public class AttemptFile extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "attempt_id", nullable = false, updatable = false)
  long attemptId;

  @Column(nullable = false, updatable = false)
  String reference;

  @Column(name = "field_key", nullable = false, updatable = false)
  String fieldKey;

  @Column(nullable = false, updatable = false)
  String sha256;

  @Column(name = "media_type", nullable = false, updatable = false)
  String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  long sizeBytes;

  @Column(nullable = false, updatable = false)
  int pages;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  byte[] data;

  static AttemptFile copyOf(Upload upload, long attemptId) {
    AttemptFile file = new AttemptFile();
    file.attemptId = attemptId;
    file.reference = UUID.randomUUID().toString();
    file.fieldKey = upload.fieldKey;
    file.sha256 = upload.sha256;
    file.mediaType = upload.mediaType;
    file.sizeBytes = upload.sizeBytes;
    file.pages = upload.pages;
    file.data = upload.data;
    return file;
  }

  static List<AttemptFile> of(long attemptId) {
    return list("attemptId = ?1 order by fieldKey", attemptId);
  }

  static Optional<AttemptFile> byReference(String reference) {
    return find("reference", reference).firstResultOptional();
  }
}
