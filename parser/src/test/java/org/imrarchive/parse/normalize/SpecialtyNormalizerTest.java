package org.imrarchive.parse.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialtyNormalizerTest {

    private final SpecialtyNormalizer n = new SpecialtyNormalizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Board Certified in Orthopaedic Surgery | Orthopaedic Surgery",
            "Orthopedic Surgery | Orthopaedic Surgery",
            "Orthopedic Surgeon | Orthopaedic Surgery",
            "Orthopedic Surgery, Sports Medicine | Orthopaedic Surgery",
            "Doctor of Chiropractic | Chiropractor",
            "licensed in Chiropractic | Chiropractor",
            "Licensed Acupuncturist | Acupuncturist",
            "Licensed Psychologist | Psychologist",
            "Board Certified in Physical Medicine and Rehabilitation | Physical Medicine and Rehabilitation",
            "Physical Medicine & Rehabilitation | Physical Medicine and Rehabilitation",
            "Board Certified in Anesthesiology and Pain Medicine | Anesthesiology",
            "Pain Medicine and Anesthesiology | Pain Medicine",
            "Family Practice | Family Medicine",
            "Neurosurgery | Neurological Surgery",
            "Occupational Medicine | Occupational Medicine",
            "Hand Surgery | Hand Surgery",
            "Physical Therapist | Physical Therapist",
    })
    void normalises(String raw, String canonical) {
        assertThat(n.normalize(raw)).isEqualTo(canonical);
    }

    @Test
    void everyCanonicalNameMapsToItself() {
        for (String c : n.canonicalNames()) {
            assertThat(n.normalize(c)).as(c).isEqualTo(c);
        }
    }

    @Test
    void nothingFound() {
        assertThat(n.normalize("Medical Doctor")).isNull();
        assertThat(n.normalize("")).isNull();
        assertThat(n.normalize(null)).isNull();
    }
}
