package vn.pcitracker.shared.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What fastexcel does not tell: which zip part holds a sheet, and the sheet's merged cells ({@code <mergeCell
 * ref="A1:B1"/>}, after the sheet's data). Read with StAX, DTDs and external entities off.
 */
final class XlsxParts {

    private static final XMLInputFactory FACTORY = factory();

    private XlsxParts() {
    }

    /** The part name of the sheet with the relationship id, e.g. {@code xl/worksheets/sheet1.xml}, or null. */
    static String sheetPart(Map<String, byte[]> parts, String relationshipId) {
        byte[] relations = parts.get(XlsxPackage.WORKBOOK_RELATIONS);
        if (relations == null || relationshipId == null) {
            return null;
        }
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(relations));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && relationshipId.equals(xml.getAttributeValue(null, "Id"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    return target == null ? null : target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        } catch (XMLStreamException e) {
            return null;
        }
        return null;
    }

    /** Whether a merged range of the sheet part spans the row (1-based). */
    static boolean mergesTouchRow(InputStream sheet, int row) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(sheet);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())
                        && spansRow(xml.getAttributeValue(null, "ref"), row)) {
                    return true;
                }
            }
        } catch (XMLStreamException e) {
            return false;
        }
        return false;
    }

    static boolean spansRow(String ref, int row) {
        if (ref == null) {
            return false;
        }
        String[] ends = ref.split(":");
        int first = rowOf(ends[0]);
        int last = rowOf(ends[ends.length - 1]);
        return first <= row && row <= last;
    }

    private static int rowOf(String cell) {
        String digits = cell.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
