package org.mcportal.submission;

import java.util.List;

/** What the editor page shows of one submission, read behind one ownership check. */
public record EditorData(Draft draft, List<UploadView> uploads, List<Receipt> receipts) {

  public EditorData {
    uploads = List.copyOf(uploads);
    receipts = List.copyOf(receipts);
  }
}
