package org.mcportal.web.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The harness's own check: a page with accessibility faults must fail the visit. */
@QuarkusTest
class BrowserHarnessTest extends BrowserTest {

  @Test
  void aVisitFailsOnSeriousOrCriticalAxeViolations() {
    assertThatThrownBy(() -> visit("/fixtures/inaccessible", "fixture-inaccessible"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("serious or critical axe-core violations on fixture-inaccessible")
        .hasMessageContaining("image-alt")
        .hasMessageContaining("label");
  }
}
