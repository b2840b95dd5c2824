package vn.pcitracker.shared.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the backup tests put into a database and how they compare two databases: rows per table and attachment bytes. */
final class BackupFixtures {

    private BackupFixtures() {
    }

    /** Records of several modules, and three attachments (text with markup, 3 MB of random bytes, a file named in Vietnamese). */
    static Map<Long, String> fill(JdbcTemplate db) {
        long agency = db.queryForObject("INSERT INTO agency (code, name_vi, kind) VALUES ('S-XD-TEST', 'Sở Xây dựng', "
                + "'DEPARTMENT') RETURNING id", Long.class);
        long account = db.queryForObject("INSERT INTO user_account (username, display_name, password_hash, role, agency_id) "
                + "VALUES ('agency', 'Trần Minh Đức', '{noop}x', 'AGENCY_OFFICER', ?) RETURNING id", Long.class, agency);
        Random random = new Random(766);
        byte[] large = new byte[3 * 1024 * 1024];
        random.nextBytes(large);
        List<byte[]> files = List.of("Biên bản đối thoại: <script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), large,
                new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xFF});
        List<String> names = List.of("bien-ban.txt", "ban-ve.bin", "Công văn số 12.pdf");
        Map<Long, String> digests = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String digest = sha256(files.get(i));
            long id = db.queryForObject("INSERT INTO attachment (owner_type, owner_id, filename, content_type, size_bytes, sha256, "
                    + "uploaded_by, uploaded_by_name) VALUES ('ISSUE', 1, ?, 'application/octet-stream', ?, ?, ?, 'Trần Minh Đức') "
                    + "RETURNING id", Long.class, names.get(i), files.get(i).length, digest, account);
            db.update("INSERT INTO attachment_content (attachment_id, bytes) VALUES (?, ?)", id, files.get(i));
            digests.put(id, digest);
        }
        return digests;
    }

    /** Per table of the application's schema: its row count and an MD5 of all its rows as text, in a stable order. */
    static Map<String, String> tableFingerprints(JdbcTemplate db) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : db.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1", String.class)) {
            fingerprints.put(table, db.queryForObject("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' "
                    + "ORDER BY t::text), '')) FROM \"" + table + "\" t", String.class));
        }
        return fingerprints;
    }

    /** Per attachment id: the SHA-256 of its stored bytes. */
    static Map<Long, String> attachmentDigests(JdbcTemplate db) {
        Map<Long, String> digests = new LinkedHashMap<>();
        db.query("SELECT attachment_id, bytes FROM attachment_content ORDER BY attachment_id",
                row -> {
                    digests.put(row.getLong("attachment_id"), sha256(row.getBytes("bytes")));
                });
        return digests;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
