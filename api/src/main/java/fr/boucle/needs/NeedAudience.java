package fr.boucle.needs;

import fr.boucle.organisation.InsertionStatus;
import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Whether a supplier sees a need: the need's visibility against the supplier's reach. */
public final class NeedAudience {

  /** The statuses of insertion structures: SIAE of the four kinds, EA, ESAT. */
  public static final Set<InsertionStatus> INSERTION =
      EnumSet.of(
          InsertionStatus.SIAE_EI,
          InsertionStatus.SIAE_ACI,
          InsertionStatus.SIAE_AI,
          InsertionStatus.SIAE_ETTI,
          InsertionStatus.EA,
          InsertionStatus.ESAT);

  private NeedAudience() {}

  /**
   * Whether an active supplier with this insertion status serving these départements sees a need of
   * this visibility delivered in this département.
   */
  public static boolean sees(
      NeedVisibility visibility,
      String needDepartment,
      @Nullable InsertionStatus insertionStatus,
      List<String> departmentsServed) {
    return switch (visibility) {
      case ALL_SUPPLIERS -> true;
      case DEPARTMENT -> departmentsServed.contains(needDepartment);
      case INSERTION_ONLY -> insertionStatus != null && INSERTION.contains(insertionStatus);
    };
  }
}
