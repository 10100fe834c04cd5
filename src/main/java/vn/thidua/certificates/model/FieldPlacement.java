package vn.thidua.certificates.model;

import java.util.Objects;

/**
 * Where one line of the certificate is printed: the top-left corner of its box in millimetres from the top-left corner
 * of the A4 landscape sheet, the box's width (the text wraps inside it), the font size in points and the emphasis.
 */
public record FieldPlacement(CertificateField field, double x, double y, double width, double fontSize, boolean bold,
                             boolean italic, boolean red, Alignment align) {

    /** How the text sits in its box. */
    public enum Alignment { LEFT, CENTRE, RIGHT }

    public FieldPlacement {
        Objects.requireNonNull(field, "field");
        align = align == null ? Alignment.CENTRE : align;
    }

    public FieldPlacement movedTo(double newX, double newY) {
        return new FieldPlacement(field, newX, newY, width, fontSize, bold, italic, red, align);
    }

    public FieldPlacement withFontSize(double size) {
        return new FieldPlacement(field, x, y, width, size, bold, italic, red, align);
    }

    public FieldPlacement withWidth(double newWidth) {
        return new FieldPlacement(field, x, y, newWidth, fontSize, bold, italic, red, align);
    }
}
