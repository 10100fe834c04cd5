package vn.thidua.organisation.model;

/** A person who signs the office's documents: the director, or a deputy signing "KT. GIÁM ĐỐC". */
public record Signer(Long id, String fullName, SignerRole role, int sortOrder, boolean active) {
}
