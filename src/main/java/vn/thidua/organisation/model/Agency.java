package vn.thidua.organisation.model;

/** The office as its documents print it: "UBND TỈNH LẠNG SƠN / SỞ NGOẠI VỤ", "Số: …/KH-SNgV", "Lạng Sơn, ngày …". */
public record Agency(String parentAgency, String name, String shortCode, String placeName,
                     String address, String phone, String email) {

    public static Agency blank() {
        return new Agency("", "", "", "", null, null, null);
    }
}
