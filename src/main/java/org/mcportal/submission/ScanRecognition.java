package org.mcportal.submission;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.mcportal.platform.JobLeases;
import org.mcportal.submission.PdfReader.Recognition;
import org.mcportal.submission.PdfReader.Recognition.Outcome;

/**
 * Recognises the scanned pages of uploads after the upload has answered. Which uploads wait is kept
 * in the database ({@code upload.recognition = 'PENDING'}), not in memory: a restart, or a node
 * that stops mid-scan, leaves them pending and the next look picks them up. A node looks when an
 * upload asks it to and every {@code portal.submission.ocr-poll}.
 *
 * <p>Each upload is recognised on one node: the node takes it with a job lease named after the
 * upload, held for the longest the work may take, and gives the lease back when the result is
 * stored. A node that dies keeps the upload until the lease runs out; another node then takes it. A
 * node takes no more uploads than it has free workers, so nothing queues in memory.
 *
 * <p>The result is stored only on the row it was read from, and only while that row is pending: a
 * replaced file is a new row, so the old file's text never lands on the new one.
 */
@ApplicationScoped
public class ScanRecognition {

  private static final Logger LOG = Logger.getLogger(ScanRecognition.class);
  private static final String JOB_PREFIX = "recognise-upload:";
  // Beyond the reader's own bounds: loading the file and storing the result.
  private static final Duration MARGIN = Duration.ofMinutes(1);

  private final SubmissionConfig config;
  private final PdfReader reader;
  private final JobLeases leases;
  private final ThreadPoolExecutor workers;
  private final ExecutorService dispatcher;
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

  ScanRecognition(SubmissionConfig config, PdfReader reader, JobLeases leases) {
    this.config = config;
    this.reader = reader;
    this.leases = leases;
    int size = Math.max(1, config.ocrWorkers());
    this.workers =
        new ThreadPoolExecutor(
            size,
            size,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            task -> daemon(task, "scan-recognition"));
    // One look at a time, and at most one more waiting: a burst of uploads asks for one look.
    this.dispatcher =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(1),
            task -> daemon(task, "scan-dispatch"),
            new ThreadPoolExecutor.DiscardPolicy());
  }

  /** Asks for a look at the pending scans soon, without waiting for it: an upload just came. */
  public void wake() {
    try {
      dispatcher.execute(this::poll);
    } catch (RejectedExecutionException stopping) {
      LOG.debug("Scan recognition is stopping; the next start takes the pending scans up");
    }
  }

  @Scheduled(
      every = "${portal.submission.ocr-poll:15s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    poll();
  }

  /**
   * Takes up as many pending scans as this node has free workers, oldest first, each under its own
   * lease.
   *
   * @return how many this node took up
   */
  synchronized int poll() {
    int free = Math.max(1, config.ocrWorkers()) - inFlight.size();
    if (free <= 0) {
      return 0;
    }
    // More candidates than free workers: other nodes may hold some of them.
    List<Long> pending =
        QuarkusTransaction.requiringNew().call(() -> pendingIds(free * 4 + inFlight.size()));
    int taken = 0;
    for (long id : pending) {
      if (taken == free) {
        break;
      }
      if (inFlight.contains(id) || !leases.claim(job(id), hold())) {
        continue;
      }
      inFlight.add(id);
      try {
        workers.execute(() -> recognise(id));
        taken++;
      } catch (RejectedExecutionException stopping) {
        inFlight.remove(id);
        break;
      }
    }
    return taken;
  }

  /** Uploads this node is recognising now. */
  Set<Long> inFlight() {
    return Set.copyOf(inFlight);
  }

  private void recognise(long id) {
    try {
      Optional<byte[]> bytes = QuarkusTransaction.requiringNew().call(() -> takeUp(id));
      if (bytes.isPresent()) {
        Recognition result = reader.recognise(bytes.get());
        QuarkusTransaction.requiringNew().run(() -> store(id, result));
      }
    } catch (RuntimeException e) {
      // Still pending: the next look takes it up again, up to ocr-max-attempts times in all.
      LOG.warnf(e, "Recognising the scanned pages of upload %d failed; it will be tried again", id);
    } finally {
      release(id);
      inFlight.remove(id);
    }
    // A worker came free: scans that waited for one need not wait for the next poll.
    wake();
  }

  private void release(long id) {
    try {
      leases.release(job(id));
    } catch (RuntimeException e) {
      LOG.debugf(e, "The lease of upload %d runs out by itself", id);
    }
  }

  /** Counts the attempt; the file's bytes when it is still pending and has attempts left. */
  private Optional<byte[]> takeUp(long id) {
    Upload upload = Upload.findById(id);
    if (upload == null || upload.recognition != Outcome.PENDING) {
      return Optional.empty();
    }
    upload.recognitionAttempts++;
    if (upload.recognitionAttempts > Math.max(1, config.ocrMaxAttempts())) {
      LOG.warnf(
          "Gave up recognising upload %d after %d attempts", id, upload.recognitionAttempts - 1);
      upload.recognition = Outcome.FAILED;
      return Optional.empty();
    }
    return Optional.of(upload.data);
  }

  private static void store(long id, Recognition result) {
    Outcome outcome =
        result.outcome() == Outcome.PENDING || result.outcome() == Outcome.NOT_NEEDED
            ? Outcome.NOTHING_RECOGNISED
            : result.outcome();
    boolean withText = outcome == Outcome.RECOGNISED && result.text() != null;
    // Matches nothing when the file was replaced or removed meanwhile: its row is gone.
    int updated =
        withText
            ? Upload.update(
                "extractedText = ?1, textRecognised = true, recognition = ?2"
                    + " where id = ?3 and recognition = ?4",
                result.text(),
                outcome,
                id,
                Outcome.PENDING)
            : Upload.update(
                "recognition = ?1 where id = ?2 and recognition = ?3",
                outcome,
                id,
                Outcome.PENDING);
    if (updated == 0) {
      LOG.debugf("Upload %d was replaced or removed while its scan was recognised", id);
    }
  }

  private static List<Long> pendingIds(int limit) {
    return Upload.getEntityManager()
        .createQuery(
            "select u.id from Upload u where u.recognition = :pending order by u.id", Long.class)
        .setParameter("pending", Outcome.PENDING)
        .setMaxResults(limit)
        .getResultList();
  }

  private Duration hold() {
    return config.parseTimeout().plus(config.ocrTimeout()).plus(MARGIN);
  }

  static String job(long uploadId) {
    return JOB_PREFIX + uploadId;
  }

  void stop(@Observes ShutdownEvent event) {
    dispatcher.shutdownNow();
    // A scan cut short stays pending; its lease runs out and the next start takes it up.
    workers.shutdownNow();
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
