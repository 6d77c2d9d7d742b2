package org.mcportal.submission;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract behind a gate the test opens: recognition is held back until then, so a test can look
 * at an upload whose scan is still pending, whatever the speed of the machine.
 */
class GatedRecognizer extends PageRecognizer {

  final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch open = new CountDownLatch(1);

  GatedRecognizer(SubmissionConfig config) {
    super(config);
  }

  void open() {
    open.countDown();
  }

  @Override
  Optional<String> recognise(BufferedImage page, Duration budget) throws InterruptedException {
    entered.countDown();
    if (!open.await(2, TimeUnit.MINUTES)) {
      throw new AssertionError("the test never opened the gate");
    }
    return super.recognise(page, budget);
  }
}
