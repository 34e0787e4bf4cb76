package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.imrarchive.letter.Reviewer;
import org.imrarchive.parse.normalize.SpecialtyNormalizer;
import org.imrarchive.parse.text.SectionedLetter;
import org.junit.jupiter.api.Test;

class ReviewerReaderTest {

    private final ReviewerReader reader = new ReviewerReader(new SpecialtyNormalizer());

    private Reviewer credentials(String block, List<String> warnings) {
        SectionedLetter doc = new SectionedLetter("HOW THE IMR FINAL DETERMINATION WAS MADE\nMAXIMUS sent the case file to an expert reviewer.\n\n" + block
                + "\nCLINICAL CASE SUMMARY\nThe patient is a 40 year old male.\n");
        return reader.readCredentials(doc, Header.of(doc), warnings);
    }

    @Test
    void everyBoardIsListedAndTheFirstIsTheSpecialty() {
        List<String> warnings = new ArrayList<>();
        Reviewer r = credentials("The Expert Reviewer has the following credentials:\nState(s) of Licensure: Texas, New York,\nCalifornia\n"
                + "Certification(s)/Specialty: Physical Medicine & Rehabilitation, Pain Management\n", warnings);
        assertThat(r.specialty()).isEqualTo("Physical Medicine and Rehabilitation");
        assertThat(r.certifications()).containsExactly("Physical Medicine and Rehabilitation", "Pain Medicine");
        assertThat(r.licensure()).containsExactly("Texas", "New York", "California");
        assertThat(warnings).isEmpty();
    }

    @Test
    void preventiveMedicineFollowedByItsAreaIsThatArea() {
        Reviewer r = credentials("The Expert Reviewer has the following credentials:\nState(s) of Licensure: California\n"
                + "Certification(s)/Specialty: Preventive Medicine, Occupational Medicine, Medical Toxicology\n", new ArrayList<>());
        assertThat(r.specialty()).isEqualTo("Occupational Medicine");
        assertThat(r.certifications()).containsExactly("Preventive Medicine", "Occupational Medicine", "Medical Toxicology");

        Reviewer wrapped = credentials("The Expert Reviewer has the following credentials:\nState(s) of Licensure: Ohio\n"
                + "Certification(s)/Specialty: Preventive Medicine, Public Health &\nGeneral Preventive Medicine\n", new ArrayList<>());
        assertThat(wrapped.specialty()).isEqualTo("Public Health and General Preventive Medicine");
    }

    @Test
    void withoutTheBlockTheOlderSentencesAreRead() {
        SectionedLetter doc = new SectionedLetter("HOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert reviewer is Board Certified in Anesthesiology "
                + "and is licensed to practice in California.\n");
        Reviewer r = reader.readCredentials(doc, Header.of(doc), new ArrayList<>());
        assertThat(r.specialty()).isEqualTo("Anesthesiology");
        assertThat(r.certifications()).isEmpty();
    }
}
