package vn.pcitracker.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.pcitracker.shared.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select a from UserAccount a where lower(a.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    List<UserAccount> findByRoleAndEnabledTrueOrderById(Role role);

    /** Diacritics- and case-insensitive: "nguyen van" finds "Nguyễn Văn". */
    @Query(nativeQuery = true, value = """
            select * from user_account
            where search_text(username || ' ' || display_name || ' ' || coalesce(email, '')) like '%' || search_text(?1) || '%'
            order by lower(username)""")
    List<UserAccount> search(String text);
}
