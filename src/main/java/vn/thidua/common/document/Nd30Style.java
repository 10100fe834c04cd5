package vn.thidua.common.document;

/**
 * The template's paragraph styles the writer uses. The writer finds a style by its id, else by its name: Word may
 * give a style a new id when the clerk saves the template, but keeps the name the clerk sees.
 */
enum Nd30Style {
    BODY("ND30Body", "ND30 Nội dung"),
    HEADING1("ND30Heading1", "ND30 Đề mục I."),
    HEADING2("ND30Heading2", "ND30 Đề mục 1."),
    HEADING3("ND30Heading3", "ND30 Đề mục 1.1."),
    HEADING4("ND30Heading4", "ND30 Đề mục a)"),
    BULLET("ND30Bullet", "ND30 Gạch đầu dòng"),
    CENTRED("ND30Centred", "ND30 Dòng giữa"),
    PARENT_AGENCY("ND30ParentAgency", "ND30 Cơ quan chủ quản"),
    AGENCY("ND30Agency", "ND30 Cơ quan ban hành"),
    NUMBER("ND30Number", "ND30 Số, ký hiệu"),
    NATIONAL_TITLE("ND30NationalTitle", "ND30 Quốc hiệu"),
    MOTTO("ND30Motto", "ND30 Tiêu ngữ"),
    PLACE_DATE("ND30PlaceDate", "ND30 Địa danh, ngày tháng"),
    RULE("ND30Rule", "ND30 Đường kẻ"),
    TYPE("ND30Type", "ND30 Tên loại văn bản"),
    SUBJECT("ND30Subject", "ND30 Trích yếu"),
    RECIPIENTS_TITLE("ND30RecipientsTitle", "ND30 Nơi nhận"),
    RECIPIENTS("ND30Recipients", "ND30 Nơi nhận, từng nơi"),
    SIGN_AUTHORITY("ND30SignAuthority", "ND30 Quyền hạn người ký"),
    SIGN_NAME("ND30SignName", "ND30 Họ tên người ký"),
    TABLE_TEXT("ND30TableText", "ND30 Chữ trong bảng"),
    TABLE_HEAD("ND30TableHead", "ND30 Tiêu đề cột"),
    PAGE_NUMBER("ND30PageNumber", "ND30 Số trang");

    final String id;
    final String styleName;

    Nd30Style(String id, String styleName) {
        this.id = id;
        this.styleName = styleName;
    }

    static Nd30Style heading(int level) {
        return switch (level) {
            case 1 -> HEADING1;
            case 2 -> HEADING2;
            case 3 -> HEADING3;
            default -> HEADING4;
        };
    }
}
