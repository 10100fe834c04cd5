package vn.thidua.planimport.logic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Untidy documents never make the reader fail: the seeds' lines cut, shuffled and repeated, read without an exception. */
class ScrambledTextTest {

    @Test
    void cutAndShuffledPlansAreReadWithoutFailing() {
        Random random = new Random(11);
        for (String seed : List.of(ImportFixtures.SEED_001, ImportFixtures.SEED_002, ImportFixtures.SEED_003)) {
            List<String> lines = List.of(new String(ImportFixtures.bytes(seed + ".txt"), StandardCharsets.UTF_8).split("\n"));
            for (int run = 0; run < 60; run++) {
                List<String> scrambled = new ArrayList<>(lines.subList(random.nextInt(lines.size() / 2), lines.size()));
                if (run % 3 == 0) {
                    Collections.shuffle(scrambled, random);
                }
                if (run % 4 == 0) {
                    scrambled = scrambled.subList(0, 1 + random.nextInt(scrambled.size()));
                }
                String text = String.join("\n", scrambled);
                if (text.isBlank()) {
                    continue;
                }
                assertDoesNotThrow(() -> PlanDrafts.draft(PlanReader.read(DocumentReader.text(text)).fields(),
                        ImportFixtures.office(), 2026), seed + " run " + run);
            }
        }
    }
}
