package org.openhat.clinic.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jersey.validation.Validators;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint on the kiosk's assessment and dose requests answers in a nurse's words: what is
 * wrong and what to do, never "must be less than or equal to 80". One case per field and limit.
 */
class KioskRequestWordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Validator VALIDATOR = Validators.newValidator();

    static Stream<Arguments> assessmentFields() {
        return Stream.of(
                Arguments.of("sedationScore", 4, "a sedation score above 3 is not possible: use 0 (awake) to 3 (hard to rouse)"),
                Arguments.of("sedationScore", -1, "a sedation score below 0 is not possible: use 0 (awake) to 3 (hard to rouse)"),
                Arguments.of("breathAlcoholPermille", 10.5, "breath alcohol above 10 \u2030 is not possible: check the breathalyser reading"),
                Arguments.of("breathAlcoholPermille", -0.1, "breath alcohol below 0 \u2030 is not possible: check the reading"),
                Arguments.of("breathAlcoholMicrogramsPer100ml", 501, "breath alcohol above 500 \u00b5g/100 mL is not possible: check the breathalyser reading"),
                Arguments.of("breathAlcoholMicrogramsPer100ml", -1, "breath alcohol below 0 \u00b5g/100 mL is not possible: check the reading"),
                Arguments.of("respiratoryRate", 81, "a respiratory rate above 80 is not possible: check the reading"),
                Arguments.of("respiratoryRate", -1, "a respiratory rate below 0 is not possible: check the reading"),
                Arguments.of("spo2", 101, "an oxygen saturation above 100 % is not possible: check the probe and the reading"),
                Arguments.of("spo2", -1, "an oxygen saturation below 0 % is not possible: check the reading"),
                Arguments.of("drowsy", null, "say whether the patient is drowsy"),
                Arguments.of("coUseSuspected", null, "say whether other drug or alcohol use is suspected"),
                Arguments.of("concerns", "x".repeat(1001), "keep concerns to 1000 characters: write the rest in the patient's notes"));
    }

    @ParameterizedTest(name = "assessment.{0} = {1}")
    @MethodSource("assessmentFields")
    void eachAssessmentFieldSaysWhatIsWrongInWords(String field, Object value, String words) {
        Map<String, Object> assessment = assessment();
        assessment.put(field, value);
        Map<String, Object> check = doseCheck();
        check.put("assessment", assessment);

        assertThat(wordsFor(check, DoseCheckRequest.class)).containsExactly(Map.entry("assessment." + field, words));
    }

    static Stream<Arguments> doseCheckFields() {
        return Stream.of(
                Arguments.of("doseMg", 0, "a dose must be more than 0 mg"),
                Arguments.of("doseMg", 1001, "a dose above 1000 mg is not possible: check the amount"),
                Arguments.of("doseMg", null, "give the dose in mg"),
                Arguments.of("patientId", null, "pick the patient"),
                Arguments.of("productId", null, "pick the product (the ampoule's strength)"),
                Arguments.of("route", null, "pick the route: IV, IM or SC"),
                Arguments.of("session", "", "name the session, such as AM or PM"),
                Arguments.of("session", "x".repeat(17), "a session name is at most 16 characters, such as AM or PM"),
                Arguments.of("topUp", null, "say whether this is a top-up"),
                Arguments.of("assessment", null, "record the pre-dose assessment first"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("doseCheckFields")
    void eachDoseCheckFieldSaysWhatIsWrongInWords(String field, Object value, String words) {
        Map<String, Object> check = doseCheck();
        check.put(field, value);

        assertThat(wordsFor(check, DoseCheckRequest.class)).containsExactly(Map.entry(field, words));
    }

    static Stream<Arguments> doseFields() {
        return Stream.of(
                Arguments.of("doseDrawnMg", 0, "the amount drawn up must be more than 0 mg"),
                Arguments.of("doseDrawnMg", 1001, "drawing up more than 1000 mg is not possible: check the amount"),
                Arguments.of("doseDrawnMg", null, "give the amount drawn up, in mg"),
                Arguments.of("doseGivenMg", 0, "the dose given must be more than 0 mg: to give nothing, withhold the dose"),
                Arguments.of("doseGivenMg", 1001, "a dose given above 1000 mg is not possible: check the amount"),
                Arguments.of("doseGivenMg", null, "give the dose given, in mg"),
                Arguments.of("injectionSite", "", "record the injection site, such as left antecubital fossa"),
                Arguments.of("injectionSite", "x".repeat(65), "describe the injection site in at most 64 characters"),
                Arguments.of("batch", "", "record the ampoule's batch: scan the pack or type it from the label"),
                Arguments.of("batch", "x".repeat(65), "a batch number is at most 64 characters: check it against the label"),
                Arguments.of("reductionReason", "x".repeat(501), "keep the reason for the reduction to 500 characters"),
                Arguments.of("safeRequestRef", "x".repeat(65), "that is not a safe opening: open the safe again for this dose"),
                Arguments.of("patientId", null, "pick the patient"),
                Arguments.of("session", "", "name the session, such as AM or PM"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("doseFields")
    void eachRecordedDoseFieldSaysWhatIsWrongInWords(String field, Object value, String words) {
        Map<String, Object> dose = dose();
        dose.put(field, value);

        assertThat(wordsFor(dose, RecordAdministrationRequest.class)).containsExactly(Map.entry(field, words));
    }

    static Stream<Arguments> otherKioskFields() {
        return Stream.of(
                Arguments.of(AdverseEventRequest.class, "naloxoneMg", 21, "more than 20 mg of naloxone is not possible: check the amount"),
                Arguments.of(AdverseEventRequest.class, "naloxoneMg", -1, "naloxone below 0 mg is not possible: check the amount"),
                Arguments.of(AdverseEventRequest.class, "kind", null, "pick what happened"),
                Arguments.of(AdverseEventRequest.class, "ambulanceCalled", null, "say whether an ambulance was called"),
                Arguments.of(AdverseEventRequest.class, "notes", "x".repeat(2001), "keep the notes to 2000 characters"),
                Arguments.of(WithholdRequest.class, "reason", "", "give the reason the dose is withheld"),
                Arguments.of(WithholdRequest.class, "reason", "x".repeat(501), "keep the reason to 500 characters"),
                Arguments.of(WithholdRequest.class, "patientId", null, "pick the patient"),
                Arguments.of(DischargeRequest.class, "respiratoryRate", 81, "a respiratory rate above 80 is not possible: check the reading"),
                Arguments.of(DischargeRequest.class, "respiratoryRate", null, "record the respiratory rate (breaths a minute)"),
                Arguments.of(DischargeRequest.class, "spo2", 101, "an oxygen saturation above 100 % is not possible: check the probe and the reading"),
                Arguments.of(DischargeRequest.class, "spo2", null, "record the oxygen saturation (%)"),
                Arguments.of(DischargeRequest.class, "sedationScore", 4, "a sedation score above 3 is not possible: use 0 (awake) to 3 (hard to rouse)"),
                Arguments.of(DischargeRequest.class, "sedationScore", null, "record the sedation score, 0 (awake) to 3 (hard to rouse)"),
                Arguments.of(DischargeRequest.class, "notes", "x".repeat(1001), "keep the notes to 1000 characters"),
                Arguments.of(WitnessSignIn.class, "badgeCode", "", "scan or type the badge"),
                Arguments.of(WitnessSignIn.class, "pin", "", "type the PIN"),
                Arguments.of(BadgeSignIn.class, "stationCode", "", "name the kiosk, such as KIOSK-1"),
                Arguments.of(BadgeSignIn.class, "pin", "1".repeat(17), "a PIN is at most 16 digits"));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("otherKioskFields")
    void eachOtherKioskFieldSaysWhatIsWrongInWords(Class<?> request, String field, Object value, String words) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "RESPIRATORY_DEPRESSION", "ambulanceCalled", false,
                "patientId", 1, "session", "AM", "reason", "asleep", "respiratoryRate", 16, "spo2", 97,
                "sedationScore", 0));
        body.putAll(Map.of("badgeCode", "N0042", "pin", "4242", "stationCode", "KIOSK-1"));
        body.keySet().retainAll(recordFields(request));
        body.put(field, value);

        assertThat(wordsFor(body, request)).containsExactly(Map.entry(field, words));
    }

    private static Set<String> recordFields(Class<?> record) {
        return Stream.of(record.getRecordComponents()).map(c -> c.getName())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Map<String, String> wordsFor(Map<String, Object> body, Class<?> type) {
        Set<? extends ConstraintViolation<?>> violations = VALIDATOR.validate(JSON.convertValue(body, type));
        Map<String, String> words = new HashMap<>();
        violations.forEach(v -> words.put(v.getPropertyPath().toString(), v.getMessage()));
        return words;
    }

    private static Map<String, Object> assessment() {
        Map<String, Object> a = new HashMap<>();
        a.put("sedationScore", 0);
        a.put("breathAlcoholMicrogramsPer100ml", 0);
        a.put("respiratoryRate", 16);
        a.put("spo2", 98);
        a.put("pupils", "NORMAL");
        a.put("drowsy", false);
        a.put("concerns", "");
        a.put("coUseSuspected", false);
        return a;
    }

    private static Map<String, Object> doseCheck() {
        Map<String, Object> body = new HashMap<>(Map.of("patientId", 1, "doseMg", 100, "productId", 1, "route", "IV",
                "session", "AM", "topUp", false));
        body.put("assessment", assessment());
        return body;
    }

    private static Map<String, Object> dose() {
        Map<String, Object> body = new HashMap<>(Map.of("patientId", 1, "productId", 1, "route", "IV", "session", "AM",
                "topUp", false, "doseDrawnMg", 100, "doseGivenMg", 100, "injectionSite", "left arm", "batch", "B1",
                "safeRequestRef", "ref-1"));
        body.put("assessment", assessment());
        return body;
    }
}
