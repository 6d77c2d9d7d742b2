package org.mcportal.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An uploaded document: the original bytes, kept for the assessor, and the text read from them,
 * which stands in for the document's text in every check.
 */
@Entity
@Table(name = "upload")
public class Upload extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  public long submissionId;

  @Column(name = "field_key", nullable = false, updatable = false)
  public String fieldKey;

  @Column(name = "file_name", nullable = false)
  public String fileName;

  @Column(name = "media_type", nullable = false)
  public String mediaType;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  @Column(nullable = false)
  public String sha256;

  @Column(nullable = false)
  public int pages;

  @Column(name = "extracted_text", nullable = false)
  public String extractedText;

  /** Whether some of the text was recognised on scanned pages, not read from a text layer. */
  @Column(name = "text_recognised", nullable = false)
  public boolean textRecognised;

  /** Where recognition of the scanned pages stands; their text joins {@link #extractedText}. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PdfReader.Recognition.Outcome recognition = PdfReader.Recognition.Outcome.NOT_NEEDED;

  @Column(name = "recognition_attempts", nullable = false)
  public int recognitionAttempts;

  // Only the download reads the bytes; listing a draft's uploads should not load megabytes.
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  public byte[] data;

  @Column(name = "uploaded_at", nullable = false)
  public Instant uploadedAt;

  static Optional<Upload> at(long submissionId, String fieldKey) {
    return find("submissionId = ?1 and fieldKey = ?2", submissionId, fieldKey)
        .firstResultOptional();
  }

  static List<Upload> of(long submissionId) {
    return list("submissionId = ?1 order by fieldKey", submissionId);
  }
}
