package vn.thidua.organisation.logic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.thidua.common.db.Database;
import vn.thidua.common.db.Jdbc;
import vn.thidua.common.text.VietText;
import vn.thidua.organisation.model.Agency;
import vn.thidua.organisation.model.CouncilMember;
import vn.thidua.organisation.model.CouncilRole;
import vn.thidua.organisation.model.Signer;
import vn.thidua.organisation.model.SignerRole;

/** The office's settings, its signers and its council. */
public class AgencyRepository {

    private final Database db;

    public AgencyRepository(Database db) {
        this.db = db;
    }

    public Optional<Agency> agency() {
        return db.read(c -> Jdbc.one(c, "SELECT * FROM agency WHERE id = 1", rs -> new Agency(
                rs.getString("parent_agency"), rs.getString("name"), rs.getString("short_code"),
                rs.getString("place_name"), rs.getString("address"), rs.getString("phone"), rs.getString("email"))));
    }

    public List<Signer> signers() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM signer ORDER BY sort_order, id", AgencyRepository::signer));
    }

    public List<CouncilMember> councilMembers() {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM council_member ORDER BY sort_order, id",
                AgencyRepository::councilMember));
    }

    /** Saves the settings, signers and council together: one action of the clerk, one transaction. */
    public void saveAll(Agency agency, List<Signer> signers, List<CouncilMember> members) {
        db.inTransaction(c -> {
            saveAgency(c, agency);
            replaceSigners(c, signers);
            replaceCouncil(c, members);
            return null;
        });
    }

    public static void saveAgency(Connection c, Agency a) throws SQLException {
        Jdbc.update(c, "MERGE INTO agency (id, parent_agency, name, short_code, place_name, address, phone, email) "
                        + "KEY (id) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                VietText.clean(a.parentAgency()), VietText.clean(a.name()), VietText.clean(a.shortCode()),
                VietText.clean(a.placeName()), VietText.cleanOrNull(a.address()), VietText.cleanOrNull(a.phone()),
                VietText.cleanOrNull(a.email()));
    }

    /** Signers keep their ids (documents will refer to them); those left out are deactivated, not deleted. */
    public static void replaceSigners(Connection c, List<Signer> signers) throws SQLException {
        Jdbc.update(c, "UPDATE signer SET active = FALSE");
        int order = 1;
        for (Signer s : signers) {
            if (s.id() == null) {
                Jdbc.insert(c, "INSERT INTO signer (full_name, role, sort_order, active) VALUES (?, ?, ?, ?)",
                        VietText.clean(s.fullName()), s.role(), order++, s.active());
            } else {
                Jdbc.update(c, "UPDATE signer SET full_name = ?, role = ?, sort_order = ?, active = ? WHERE id = ?",
                        VietText.clean(s.fullName()), s.role(), order++, s.active(), s.id());
            }
        }
    }

    public static void replaceCouncil(Connection c, List<CouncilMember> members) throws SQLException {
        Jdbc.update(c, "UPDATE council_member SET active = FALSE");
        int order = 1;
        for (CouncilMember m : members) {
            if (m.id() == null) {
                Jdbc.insert(c, "INSERT INTO council_member (full_name, council_role, position, sort_order, active) "
                        + "VALUES (?, ?, ?, ?, ?)", VietText.clean(m.fullName()), m.role(), VietText.cleanOrNull(m.position()),
                        order++, m.active());
            } else {
                Jdbc.update(c, "UPDATE council_member SET full_name = ?, council_role = ?, position = ?, "
                        + "sort_order = ?, active = ? WHERE id = ?",
                        VietText.clean(m.fullName()), m.role(), VietText.cleanOrNull(m.position()), order++, m.active(),
                        m.id());
            }
        }
    }

    private static Signer signer(ResultSet rs) throws SQLException {
        return new Signer(rs.getLong("id"), rs.getString("full_name"), SignerRole.valueOf(rs.getString("role")),
                rs.getInt("sort_order"), rs.getBoolean("active"));
    }

    private static CouncilMember councilMember(ResultSet rs) throws SQLException {
        return new CouncilMember(rs.getLong("id"), rs.getString("full_name"),
                CouncilRole.valueOf(rs.getString("council_role")), rs.getString("position"),
                rs.getInt("sort_order"), rs.getBoolean("active"));
    }
}
