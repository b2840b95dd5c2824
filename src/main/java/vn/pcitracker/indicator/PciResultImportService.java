package vn.pcitracker.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.indicator.domain.PciResult;
import vn.pcitracker.indicator.domain.PciResultRepository;
import vn.pcitracker.indicator.domain.PciSubIndex;
import vn.pcitracker.indicator.domain.PciSubIndexRepository;
import vn.pcitracker.indicator.domain.Province;
import vn.pcitracker.indicator.domain.ProvinceRepository;

/**
 * Imports other provinces' published PCI results from CSV for comparison: a preview checks every row, and the
 * import (after the user confirmed) writes all rows or none, upserting results by province and year.
 */
@Service
public class PciResultImportService {

    /** The administrators and the investment department, who compile the comparison. */
    public static final String MAY_IMPORT = "hasAnyRole('ADMIN','INVESTMENT_OFFICER')";

    private final ProvinceRepository provinces;
    private final PciResultRepository results;
    private final PciSubIndexRepository subIndices;

    PciResultImportService(ProvinceRepository provinces, PciResultRepository results, PciSubIndexRepository subIndices) {
        this.provinces = provinces;
        this.results = results;
        this.subIndices = subIndices;
    }

    /** A file to fill in: the header with every column and one example row (Quang Ninh 2024, as published). */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_IMPORT)
    public String template() {
        return csv().template();
    }

    /** Checks the file and says what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_IMPORT)
    public ResultImportPreview preview(byte[] csv) {
        return csv().parse(csv);
    }

    /**
     * Checks the file again and, only when every row is valid, creates the new provinces and stores every row;
     * otherwise returns the problems and stores nothing.
     */
    @Transactional
    @PreAuthorize(MAY_IMPORT)
    public ResultImportPreview importCsv(byte[] csv) {
        ResultImportPreview preview = csv().parse(csv);
        if (!preview.valid()) {
            return preview;
        }
        Map<String, Long> subIndexIds = subIndices.findAll().stream()
                .collect(Collectors.toMap(PciSubIndex::getCode, PciSubIndex::getId));
        Map<String, Province> byCode = new HashMap<>();
        for (ResultImportRow row : preview.rows()) {
            Province province = byCode.computeIfAbsent(row.provinceCode(), code -> provinces.findByCode(code)
                    .orElseGet(() -> createProvince(row)));
            PciResult result = results.findByProvinceIdAndYear(province.getId(), row.year())
                    .orElseGet(() -> new PciResult(province.getId(), row.year()));
            result.setComposite(row.composite());
            result.setRank(row.rank());
            result.setSourceUrl(row.sourceUrl());
            row.scores().forEach((code, score) -> result.putScore(subIndexIds.get(code), score));
            results.save(result);
        }
        results.flush();
        return new ResultImportPreview(preview.rows(), List.of(), true);
    }

    private Province createProvince(ResultImportRow row) {
        Province province = new Province(row.provinceCode(), row.nameVi());
        province.setNameEn(row.nameEn());
        return provinces.saveAndFlush(province);
    }

    private PciResultCsv csv() {
        List<String> codes = subIndices.findAllByOrderByNumber().stream().map(PciSubIndex::getCode).toList();
        Map<Long, String> provinceCodes = provinces.findAll().stream()
                .collect(Collectors.toMap(Province::getId, Province::getCode));
        Set<String> stored = results.findAll().stream()
                .map(result -> provinceCodes.get(result.getProvinceId()) + "#" + result.getYear())
                .collect(Collectors.toSet());
        return new PciResultCsv(codes, Set.copyOf(provinceCodes.values()),
                (code, year) -> stored.contains(code + "#" + year));
    }
}
