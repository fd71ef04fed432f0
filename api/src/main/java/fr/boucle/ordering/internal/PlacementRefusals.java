package fr.boucle.ordering.internal;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import fr.boucle.shared.web.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The refusals place_orders raises (SQLSTATE class BC, see V9 and V10), as the problems they name
 * on the submission's fields: BC001 stock, BC002 the lot's cap, BC003 a reused key.
 */
@Singleton
class PlacementRefusals {

  @Serdeable
  record StockRefusal(UUID listingId, long available, boolean orderable) {}

  @Serdeable
  record CapRefusal(UUID orderId, long remaining, long amount) {}

  private final JsonMapper json;

  PlacementRefusals(JsonMapper json) {
    this.json = json;
  }

  /** The problem a failure of place_orders names, or empty when it is no refusal. */
  Optional<ProblemException> problem(Throwable failure, List<Submission.Plan> plans) {
    ServerErrorMessage refusal = refusal(failure);
    return refusal == null ? Optional.empty() : Optional.of(problem(refusal, plans));
  }

  private static @Nullable ServerErrorMessage refusal(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof PSQLException psql
          && psql.getSQLState() != null
          && psql.getSQLState().startsWith("BC")
          && psql.getServerErrorMessage() != null) {
        return psql.getServerErrorMessage();
      }
    }
    return null;
  }

  private ProblemException problem(ServerErrorMessage refusal, List<Submission.Plan> plans) {
    String detail = refusal.getDetail();
    try {
      switch (refusal.getSQLState()) {
        case "BC001" -> {
          List<Problem.FieldError> errors = new ArrayList<>();
          for (StockRefusal r : json.readValue(detail, Argument.listOf(StockRefusal.class))) {
            for (Submission.Plan plan : plans) {
              List<OrderPlanner.Want> wants = plan.request().wants();
              for (int i = 0; i < wants.size(); i++) {
                if (wants.get(i).listingId().equals(r.listingId())) {
                  String field = plan.request().lineField().apply(i);
                  errors.add(
                      r.orderable()
                          ? Problem.FieldError.of(
                              field + ".quantity",
                              ProblemCode.ONLY_AVAILABLE,
                              "available",
                              Math.max(0, r.available()))
                          : Problem.FieldError.of(
                              field + ".listingId", ProblemCode.NO_LONGER_ORDERABLE));
                }
              }
            }
          }
          return new OrderProblems.OutOfStock(errors);
        }
        case "BC002" -> {
          CapRefusal r = json.readValue(detail, CapRefusal.class);
          String prefix =
              plans.stream()
                  .filter(p -> p.orderId().equals(r.orderId()))
                  .map(p -> p.request().prefix())
                  .findFirst()
                  .orElse("");
          return new OrderProblems.LotCapExceeded(prefix + "lotId", r.remaining(), r.amount());
        }
        case "BC003" -> {
          return new OrderProblems.IdempotencyKeyReused();
        }
        default -> throw new IllegalStateException("unknown refusal " + refusal.getSQLState());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
