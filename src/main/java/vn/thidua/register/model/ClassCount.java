package vn.thidua.register.model;

/** How many awards of one form went to recipients of one class over the years counted, and their prize money. */
public record ClassCount(long awardFormId, RecipientClass recipientClass, int count, long money) {
}
