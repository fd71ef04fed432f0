package fr.boucle.invoicing;

import fr.boucle.shared.web.Problem;
import fr.boucle.shared.web.ProblemCode;
import io.micronaut.core.annotation.Nullable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a supplier's invoices say of it beyond its identity: whether it charges VAT, its VAT number,
 * the account buyers pay into and its billing address. Plain Java: the rules of a complete profile
 * and of well-formed IBAN and VAT numbers.
 */
public record BillingProfile(
    InvoiceDocument.VatRegime vatRegime,
    @Nullable String vatNumber,
    @Nullable String iban,
    @Nullable String bic,
    @Nullable String accountHolder,
    @Nullable String street,
    @Nullable String postcode,
    @Nullable String city,
    @Nullable String electronicAddress) {

  private static final Pattern VAT_NUMBER = Pattern.compile("FR[0-9A-Z]{2}[0-9]{9}");
  private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
  private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
  private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

  /** The fields a profile needs before its supplier can issue invoices, as field names. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (vatRegime == InvoiceDocument.VatRegime.LIABLE && blank(vatNumber)) {
      missing.add("vatNumber");
    }
    if (blank(iban)) {
      missing.add("iban");
    }
    if (blank(accountHolder)) {
      missing.add("accountHolder");
    }
    if (blank(street)) {
      missing.add("street");
    }
    if (blank(postcode)) {
      missing.add("postcode");
    }
    if (blank(city)) {
      missing.add("city");
    }
    return missing;
  }

  /** The fields of every billing field when a supplier has no profile at all. */
  public static List<String> allFields() {
    return List.of("vatRegime", "vatNumber", "iban", "accountHolder", "street", "postcode", "city");
  }

  public boolean complete() {
    return missing().isEmpty();
  }

  /** The profile as entered, normalised: trimmed, upper-case IBAN/BIC/VAT without spaces. */
  public BillingProfile normalised() {
    return new BillingProfile(
        vatRegime,
        compact(vatNumber),
        compact(iban),
        compact(bic),
        strip(accountHolder),
        strip(street),
        strip(postcode),
        strip(city),
        strip(electronicAddress));
  }

  /**
   * The malformed fields of a normalised profile (empty ones are {@link #missing}, not malformed):
   * an IBAN whose mod-97 check fails, a VAT number not FR + 2 characters + the supplier's SIREN.
   */
  public List<Problem.FieldError> malformed(String siren) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (!blank(iban) && !validIban(iban)) {
      errors.add(Problem.FieldError.of("iban", ProblemCode.IBAN_INVALID));
    }
    if (!blank(bic) && !BIC.matcher(bic).matches()) {
      errors.add(Problem.FieldError.of("bic", ProblemCode.BIC_INVALID));
    }
    if (!blank(vatNumber)) {
      if (!VAT_NUMBER.matcher(vatNumber).matches()) {
        errors.add(Problem.FieldError.of("vatNumber", ProblemCode.VAT_NUMBER_FORMAT));
      } else if (!vatNumber.substring(4).equals(siren)) {
        errors.add(
            Problem.FieldError.of("vatNumber", ProblemCode.VAT_NUMBER_SIREN, "siren", siren));
      } else if (!validFrenchVatKey(vatNumber)) {
        errors.add(Problem.FieldError.of("vatNumber", ProblemCode.VAT_NUMBER_KEY));
      }
    }
    if (!blank(postcode) && !POSTCODE.matcher(postcode).matches()) {
      errors.add(Problem.FieldError.of("postcode", ProblemCode.FIELD_POSTCODE));
    }
    return errors;
  }

  /** ISO 13616: the country and check digits moved to the end, letters as numbers, mod 97 = 1. */
  public static boolean validIban(String iban) {
    String s = iban.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!IBAN.matcher(s).matches() || (s.startsWith("FR") && s.length() != 27)) {
      return false;
    }
    String moved = s.substring(4) + s.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : moved.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  /** The numeric key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97. */
  static boolean validFrenchVatKey(String vatNumber) {
    String key = vatNumber.substring(2, 4);
    if (!key.chars().allMatch(Character::isDigit)) {
      return true; // alphabetic keys (rare, newer numbers) have no published check
    }
    long siren = Long.parseLong(vatNumber.substring(4));
    return Integer.parseInt(key) == (12 + 3 * (siren % 97)) % 97;
  }

  /** The French VAT number of a SIREN with its numeric key. */
  public static String frenchVatNumber(String siren) {
    long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
    return String.format("FR%02d%s", key, siren);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static @Nullable String strip(@Nullable String s) {
    return blank(s) ? null : s.strip();
  }

  private static @Nullable String compact(@Nullable String s) {
    return blank(s) ? null : s.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
