package org.imrarchive.parse.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FieldLabelTest {

    @Test
    void eachLabelSaysWhatItsFieldHolds() {
        assertThat(FieldLabel.startOf("Claims Administrator guideline: Decision based on MTUS")).contains(FieldLabel.CLAIMS_ADMINISTRATOR_GUIDELINES);
        assertThat(FieldLabel.startOf("MAXIMUS guideline: MTUS ACOEM")).contains(FieldLabel.EXPERT_GUIDELINES);
        assertThat(FieldLabel.startOf("Non-MTUS Citation: ODG")).contains(FieldLabel.NON_MTUS_GUIDELINES);
        assertThat(FieldLabel.startOf("Decision rationale: The MTUS ...")).contains(FieldLabel.RATIONALE);
        assertThat(FieldLabel.startOf("IMR Decision: Upheld")).contains(FieldLabel.OUTCOME);
        assertThat(FieldLabel.startOf("The patient was seen: twice")).isEmpty();
    }

    @Test
    void labelsAreFoundAtLineStartsOnly() {
        String text = "Claims Administrator guideline: A\nMAXIMUS guideline: B and Decision rationale: not a label\nDecision rationale: C";
        List<FieldLabel.Found> all = FieldLabel.all(text);
        assertThat(all).extracting(FieldLabel.Found::label).containsExactly(FieldLabel.CLAIMS_ADMINISTRATOR_GUIDELINES,
                FieldLabel.EXPERT_GUIDELINES, FieldLabel.RATIONALE);
        assertThat(text.substring(all.get(2).valueStart())).isEqualTo("C");
    }
}
