package vn.thidua.organisation.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.app.Services;
import vn.thidua.common.db.DatabaseException;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.CouncilMember;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;

class AgencyRepositoryTest {

    private static final Agency OFFICE = new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ", "SNgV", "Lạng Sơn",
            "Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn", "0205 3812 345", "songoaivu@langson.gov.vn");

    @TempDir
    Path dir;

    private Services services;
    private AgencyRepository agency;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("data"));
        agency = services.agency();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewDataFolderHasNoOfficeSignersOrCouncil() {
        assertEquals(Optional.empty(), agency.agency());
        assertEquals(List.of(), agency.signers());
        assertEquals(List.of(), agency.councilMembers());
    }

    @Test
    void theOfficeItsSignersAndItsCouncilAreSavedTogetherAndReadBackInOrder() {
        agency.saveAll(OFFICE,
                List.of(new Signer(null, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 0, true),
                        new Signer(null, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR, 0, true)),
                List.of(new CouncilMember(null, "Trịnh Tuyết Mai", CouncilRole.CHAIR, "Giám đốc Sở", 0, true),
                        new CouncilMember(null, "Tô Thị Trang", CouncilRole.VICE_CHAIR, "Phó Giám đốc Sở", 0, true),
                        new CouncilMember(null, "Nông Văn Hùng", CouncilRole.SECRETARY, null, 0, true)));

        assertEquals(Optional.of(OFFICE), agency.agency());
        assertEquals(List.of(new Signer(1L, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 1, true),
                new Signer(2L, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR, 2, true)), agency.signers());
        assertEquals(List.of(new CouncilMember(1L, "Trịnh Tuyết Mai", CouncilRole.CHAIR, "Giám đốc Sở", 1, true),
                new CouncilMember(2L, "Tô Thị Trang", CouncilRole.VICE_CHAIR, "Phó Giám đốc Sở", 2, true),
                new CouncilMember(3L, "Nông Văn Hùng", CouncilRole.SECRETARY, null, 3, true)), agency.councilMembers());
    }

    @Test
    void savingAgainUpdatesTheOneOfficeKeepsIdsAndDeactivatesThoseLeftOut() {
        agency.saveAll(OFFICE,
                List.of(new Signer(null, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 0, true),
                        new Signer(null, "Tô Thị Trang", SignerRole.DEPUTY_DIRECTOR, 0, true)),
                List.of(new CouncilMember(null, "Trịnh Tuyết Mai", CouncilRole.CHAIR, "Giám đốc Sở", 0, true)));
        Agency renamed = new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ tỉnh Lạng Sơn", "SNgV", "Lạng Sơn", null, null, null);

        agency.saveAll(renamed,
                List.of(new Signer(2L, "Tô Thị Trang", SignerRole.DIRECTOR, 2, true),
                        new Signer(null, "Hoàng Văn Long", SignerRole.DEPUTY_DIRECTOR, 0, true)),
                List.of(new CouncilMember(1L, "Trịnh Tuyết Mai", CouncilRole.MEMBER, "Nguyên Giám đốc Sở", 1, true)));

        assertEquals(Optional.of(renamed), agency.agency());
        assertEquals(List.of(new Signer(1L, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 1, false),
                new Signer(2L, "Tô Thị Trang", SignerRole.DIRECTOR, 1, true),
                new Signer(3L, "Hoàng Văn Long", SignerRole.DEPUTY_DIRECTOR, 2, true)), agency.signers(),
                "a signer left out stays, inactive, for the documents that name them");
        assertEquals(List.of(new CouncilMember(1L, "Trịnh Tuyết Mai", CouncilRole.MEMBER, "Nguyên Giám đốc Sở", 1, true)),
                agency.councilMembers());
    }

    @Test
    void namesTypedOrPastedInDecomposedFormAreStoredInNfc() {
        String decomposed = java.text.Normalizer.normalize("Trịnh Tuyết Mai", java.text.Normalizer.Form.NFD);
        agency.saveAll(new Agency(java.text.Normalizer.normalize("UBND tỉnh Lạng Sơn", java.text.Normalizer.Form.NFD),
                        "Sở Ngoại vụ", "SNgV", "Lạng Sơn", null, null, null),
                List.of(new Signer(null, decomposed + "  ", SignerRole.DIRECTOR, 0, true)),
                List.of(new CouncilMember(null, decomposed, CouncilRole.CHAIR, " Giám đốc Sở ", 0, true)));

        assertEquals("UBND tỉnh Lạng Sơn", agency.agency().orElseThrow().parentAgency());
        assertEquals("Trịnh Tuyết Mai", agency.signers().get(0).fullName());
        assertEquals(List.of("Trịnh Tuyết Mai", "Giám đốc Sở"), List.of(agency.councilMembers().get(0).fullName(),
                agency.councilMembers().get(0).position()));
    }

    @Test
    void aFailureInTheCouncilLeavesTheOfficeAndSignersAsTheyWere() {
        List<Signer> signers = List.of(new Signer(null, "Trịnh Tuyết Mai", SignerRole.DIRECTOR, 0, true));
        agency.saveAll(OFFICE, signers, List.of());
        List<Signer> signersBefore = agency.signers();

        assertThrows(DatabaseException.class, () -> agency.saveAll(
                new Agency("UBND tỉnh Lạng Sơn", "Sở Ngoại vụ (sửa)", "SNgV", "Lạng Sơn", null, null, null),
                List.of(new Signer(null, "Hoàng Văn Long", SignerRole.DIRECTOR, 0, true)),
                List.of(new CouncilMember(null, null, CouncilRole.CHAIR, null, 0, true))));

        assertEquals(Optional.of(OFFICE), agency.agency());
        assertEquals(signersBefore, agency.signers());
        assertEquals(List.of(), agency.councilMembers());
    }
}
