package fr.boucle.stockimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The life of an import job, without any service. */
class ImportStatusTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final Instant CUTOFF = NOW.minus(Duration.ofHours(24));

  @Test
  void aRunStartsFromAnUploadedPreviewedOrFailedJobOnly() {
    assertThat(ImportStatus.UPLOADED.mayBecome(ImportStatus.RUNNING)).isTrue();
    assertThat(ImportStatus.PREVIEWED.mayBecome(ImportStatus.RUNNING)).isTrue();
    assertThat(ImportStatus.FAILED.mayBecome(ImportStatus.RUNNING)).isTrue();
    assertThat(ImportStatus.RUNNING.mayBecome(ImportStatus.RUNNING)).isFalse();
    assertThat(ImportStatus.DONE.mayBecome(ImportStatus.RUNNING)).isFalse();
  }

  @Test
  void aRunEndsDoneOrFailedAndOnlyARunDoes() {
    assertThat(ImportStatus.RUNNING.mayBecome(ImportStatus.DONE)).isTrue();
    assertThat(ImportStatus.RUNNING.mayBecome(ImportStatus.FAILED)).isTrue();
    assertThat(ImportStatus.UPLOADED.mayBecome(ImportStatus.DONE)).isFalse();
    assertThat(ImportStatus.PREVIEWED.mayBecome(ImportStatus.FAILED)).isFalse();
    assertThat(ImportStatus.RUNNING.mayBecome(ImportStatus.PREVIEWED)).isFalse();
  }

  @Test
  void aDoneJobNeverChangesAgain() {
    for (ImportStatus next : ImportStatus.values()) {
      assertThat(ImportStatus.DONE.mayBecome(next)).as("DONE → %s", next).isFalse();
    }
    assertThat(ImportStatus.DONE.whyNotEditable())
        .hasValueSatisfying(
            why -> assertThat(why).isEqualTo(fr.boucle.shared.web.ProblemCode.IMPORT_DONE));
  }

  @Test
  void aRunningJobRefusesMappingDryRunAndRun() {
    assertThat(ImportStatus.RUNNING.whyNotEditable())
        .hasValueSatisfying(
            why -> assertThat(why).isEqualTo(fr.boucle.shared.web.ProblemCode.IMPORT_RUNNING));
    assertThat(ImportStatus.UPLOADED.whyNotEditable()).isEmpty();
    assertThat(ImportStatus.PREVIEWED.whyNotEditable()).isEmpty();
    assertThat(ImportStatus.FAILED.whyNotEditable()).isEmpty();
  }

  @Test
  void aNewMappingVoidsTheDryRun() {
    assertThat(ImportStatus.PREVIEWED.afterMapping()).isEqualTo(ImportStatus.UPLOADED);
    assertThat(ImportStatus.PREVIEWED.mayBecome(ImportStatus.UPLOADED)).isTrue();
    assertThat(ImportStatus.UPLOADED.afterMapping()).isEqualTo(ImportStatus.UPLOADED);
    assertThat(ImportStatus.FAILED.afterMapping()).isEqualTo(ImportStatus.FAILED);
  }

  @Test
  void theFileIsKeptWhileTheJobMayStillReadIt() {
    Instant recently = NOW.minus(Duration.ofHours(1));
    Instant longAgo = NOW.minus(Duration.ofDays(3));
    assertThat(ImportStatus.UPLOADED.keepsFile(recently, CUTOFF)).isTrue();
    assertThat(ImportStatus.FAILED.keepsFile(recently, CUTOFF)).isTrue();
    assertThat(ImportStatus.UPLOADED.keepsFile(longAgo, CUTOFF)).isFalse();
    assertThat(ImportStatus.RUNNING.keepsFile(longAgo, CUTOFF)).isTrue();
    assertThat(ImportStatus.DONE.keepsFile(recently, CUTOFF)).isFalse();
  }
}
