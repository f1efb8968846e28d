package io.cobranza.domain.message;

import io.cobranza.domain.debtor.Channel;
import java.util.Optional;

/**
 * The texts the platform supplies for the disclosure placeholders and the validation notice's
 * statements, per language, channel and the debtor's country. A disclosure a country does not ask
 * for is not said there (the US debt-collector disclosure would mislead a UK customer of a lender;
 * MoneyHelper helps people in the UK only): it renders as nothing and the message does not carry
 * it. Texts are short on SMS, where every character counts, and spoken on calls.
 */
final class Disclosures {
  private Disclosures() {}

  /** The country whose debt collectors must say they are one (12 CFR 1006.18(e)). */
  static final String US = "US";

  /** The country whose firms signpost free debt advice (FCA CONC 7.3.7A). */
  static final String GB = "GB";

  /**
   * The text of a disclosure placeholder, or of the validation notice's statements, for a message
   * on {@code channel} in {@code language} to a debtor in {@code country}; empty where the country
   * has none. {@code periodEnd} is the formatted end of the validation period (used by the
   * consumer-protection statements only).
   */
  static Optional<String> text(
      Placeholder placeholder,
      Language language,
      Channel channel,
      String country,
      FirmDetails firm,
      String periodEnd) {
    boolean es = language == Language.SPANISH;
    var text =
        switch (placeholder) {
          case DEBT_COLLECTOR -> US.equals(country) ? debtCollector(es, channel) : null;
          case OPT_OUT -> optOut(es, channel);
          case FIRM_IDENTITY -> firmIdentity(es, channel, firm);
          case FREE_DEBT_ADVICE -> GB.equals(country) ? freeDebtAdvice(es, channel) : null;
          case VALIDATION_CONSUMER_PROTECTIONS ->
              US.equals(country) ? consumerProtections(es, periodEnd) : null;
          case VALIDATION_RESPONSE_FORM -> US.equals(country) ? responseForm(es, firm) : null;
          default -> null;
        };
    return Optional.ofNullable(text);
  }

  private static String debtCollector(boolean es, Channel channel) {
    if (channel == Channel.SMS) {
      return es
          ? "Es un cobrador de deudas que intenta cobrar una deuda; la información obtenida se"
              + " usará con ese fin."
          : "This is a debt collector attempting to collect a debt; any information obtained will"
              + " be used for that purpose.";
    }
    return es
        ? "Esta comunicación es de un cobrador de deudas. Es un intento de cobrar una deuda y"
            + " cualquier información obtenida se usará con ese fin."
        : "This communication is from a debt collector. This is an attempt to collect a debt and"
            + " any information obtained will be used for that purpose.";
  }

  private static String optOut(boolean es, Channel channel) {
    return switch (channel) {
      case SMS -> es ? "Responda STOP para no recibir más mensajes." : "Reply STOP to opt out.";
      case EMAIL ->
          es
              ? "Para no recibir más correos en esta dirección, responda con la palabra STOP."
              : "To stop e-mails to this address, reply with the word STOP.";
      case IN_APP ->
          es
              ? "Para no recibir más estos mensajes, responda STOP."
              : "To stop these messages, reply STOP.";
      // An opt-out notice is for electronic messages; the validator refuses it elsewhere.
      case VOICE, RINGLESS_VOICEMAIL, LETTER -> null;
    };
  }

  private static String firmIdentity(boolean es, Channel channel, FirmDetails firm) {
    return switch (channel) {
      case SMS -> (es ? "De " : "From ") + firm.name() + ", " + firm.phone() + ".";
      case VOICE, RINGLESS_VOICEMAIL ->
          es
              ? "Le llama " + firm.name() + "; puede llamarnos al " + firm.phone() + "."
              : "This is " + firm.name() + "; you can call us on " + firm.phone() + ".";
      case EMAIL, IN_APP, LETTER ->
          (es ? "Este mensaje es de " : "This message is from ")
              + firm.name()
              + ", "
              + firm.mailingAddress()
              + (es ? ", teléfono " : ", telephone ")
              + firm.phone()
              + ".";
    };
  }

  private static String freeDebtAdvice(boolean es, Channel channel) {
    if (channel == Channel.SMS) {
      return es
          ? "Asesoría gratuita sobre deudas: moneyhelper.org.uk"
          : "Free debt advice: moneyhelper.org.uk";
    }
    return es
        ? "Puede obtener asesoramiento gratuito e imparcial sobre deudas en MoneyHelper:"
            + " moneyhelper.org.uk, 0800 138 7777."
        : "Free and impartial debt advice is available from MoneyHelper: moneyhelper.org.uk,"
            + " 0800 138 7777.";
  }

  private static String consumerProtections(boolean es, String end) {
    return es
        ? "Llame o escríbanos antes del "
            + end
            + " para disputar toda o parte de la deuda. Si no lo hace, supondremos que nuestra"
            + " información es correcta. Si nos escribe antes del "
            + end
            + ", debemos dejar de cobrar cualquier cantidad que usted dispute hasta que le"
            + " enviemos información que demuestre que usted debe la deuda. Escríbanos antes del "
            + end
            + " para pedir el nombre y la dirección del acreedor original, si es diferente del"
            + " acreedor actual; si lo hace, debemos dejar de cobrar hasta que le enviemos esa"
            + " información. Visite www.cfpb.gov/debt-collection para conocer sus derechos según"
            + " la ley federal."
        : "Call or write to us by "
            + end
            + " to dispute all or part of the debt. If you do not, we will assume that our"
            + " information is correct. If you write to us by "
            + end
            + ", we must stop collection on any amount you dispute until we send you information"
            + " that shows you owe the debt. Write to us by "
            + end
            + " to ask for the name and address of the original creditor, if different from the"
            + " current creditor; if you do, we must stop collection until we send you that"
            + " information. Go to www.cfpb.gov/debt-collection to learn more about your rights"
            + " under federal law.";
  }

  private static String responseForm(boolean es, FirmDetails firm) {
    return es
        ? "¿Cómo desea responder? Envíe este formulario a "
            + firm.mailingAddress()
            + ". [ ] Quiero disputar la deuda porque creo que: esta deuda no es mía / la cantidad"
            + " es incorrecta / otro motivo. [ ] Quiero que me envíen el nombre y la dirección del"
            + " acreedor original. [ ] Adjunto esta cantidad: ________."
        : "How do you want to respond? Mail this form to "
            + firm.mailingAddress()
            + ". [ ] I want to dispute the debt because I think: this is not my debt / the amount"
            + " is wrong / other. [ ] I want you to send me the name and address of the original"
            + " creditor. [ ] I enclosed this amount: ________.";
  }
}
