package vn.thidua.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietDatesTest {

    @Test
    void readsADayAsTheClerkTypesIt() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        assertEquals(List.of(day, day, day, day, day), List.of(VietDates.parse("5/1/2026"), VietDates.parse("05/01/2026"),
                VietDates.parse("05-01-2026"), VietDates.parse("05.01.2026"), VietDates.parse(" 5/1/2026 ")));
    }

    @Test
    void refusesADayThatCannotBe() {
        assertThrows(DateTimeParseException.class, () -> VietDates.parse("31/02/1990"));
        assertThrows(DateTimeParseException.class, () -> VietDates.parse("1/13/1990"));
    }

    @Test
    void writesTwoDigitDayAndMonth() {
        assertEquals(List.of("05/01/2026", ""), List.of(VietDates.format(LocalDate.of(2026, 1, 5)), VietDates.format(null)));
    }
}
