package vn.thidua.plans.model;

import vn.thidua.organisation.model.SignerRole;

/** Who signs, kept with the plan: the director ("GIÁM ĐỐC") or a deputy ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
public record PlanSigner(Long signerId, String fullName, SignerRole role) {
}
