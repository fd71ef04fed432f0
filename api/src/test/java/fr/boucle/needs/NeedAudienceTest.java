package fr.boucle.needs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.boucle.organisation.InsertionStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedAudienceTest {

  @Test
  void departmentNeedsReachTheSuppliersServingIt() {
    assertTrue(
        NeedAudience.sees(
            NeedVisibility.DEPARTMENT, "94", InsertionStatus.OTHER, List.of("75", "94")));
    assertFalse(
        NeedAudience.sees(
            NeedVisibility.DEPARTMENT, "94", InsertionStatus.SIAE_EI, List.of("14", "76")));
  }

  @Test
  void insertionOnlyNeedsReachSiaeEaAndEsatOnly() {
    for (InsertionStatus s : InsertionStatus.values()) {
      boolean insertion = s != InsertionStatus.ESS && s != InsertionStatus.OTHER;
      assertTrue(
          NeedAudience.sees(NeedVisibility.INSERTION_ONLY, "94", s, List.of()) == insertion,
          s.name());
    }
    assertFalse(NeedAudience.sees(NeedVisibility.INSERTION_ONLY, "94", null, List.of("94")));
  }

  @Test
  void needsForAllSuppliersReachEveryone() {
    assertTrue(NeedAudience.sees(NeedVisibility.ALL_SUPPLIERS, "94", null, List.of()));
  }
}
