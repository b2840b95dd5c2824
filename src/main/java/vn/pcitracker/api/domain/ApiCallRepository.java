package vn.pcitracker.api.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiCallRepository extends JpaRepository<ApiCall, Long> {

    List<ApiCall> findTop50ByApiKeyIdOrderByCalledAtDescIdDesc(Long apiKeyId);
}
