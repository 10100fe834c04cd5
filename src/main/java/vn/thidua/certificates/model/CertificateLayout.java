package vn.thidua.certificates.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each line of a certificate goes on the A4 landscape sheet (297 × 210 mm): the clerk moves the lines to fit the
 * pre-printed blanks the office buys, and the layout is kept by name in the data folder.
 */
public record CertificateLayout(String name, List<FieldPlacement> fields) {

    public static final double PAGE_WIDTH_MM = 297;
    public static final double PAGE_HEIGHT_MM = 210;

    public CertificateLayout {
        fields = List.copyOf(fields);
    }

    public Optional<FieldPlacement> placement(CertificateField field) {
        return fields.stream().filter(f -> f.field() == field).findFirst();
    }

    /** The layout with one field replaced (or added when it had none). */
    public CertificateLayout with(FieldPlacement placement) {
        List<FieldPlacement> out = new ArrayList<>();
        boolean replaced = false;
        for (FieldPlacement f : fields) {
            if (f.field() == placement.field()) {
                out.add(placement);
                replaced = true;
            } else {
                out.add(f);
            }
        }
        if (!replaced) {
            out.add(placement);
        }
        return new CertificateLayout(name, out);
    }

    /** The layout with {@code field} moved to (x, y) mm; a field the layout lacks stays absent. */
    public CertificateLayout moved(CertificateField field, double x, double y) {
        return placement(field).map(p -> with(p.movedTo(x, y))).orElse(this);
    }
}
