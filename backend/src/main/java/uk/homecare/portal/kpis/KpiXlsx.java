package uk.homecare.portal.kpis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an XLSX workbook (Apache POI): one sheet, "KPIs", with the CSV's header and lines; figures are numbers
 * (a spreadsheet can sum them), texts are texts, never formulas, and a text that starts like a formula starts with a
 * single quote as in the CSV.
 */
final class KpiXlsx {

    static final String SHEET = "KPIs";

    private KpiXlsx() {}

    static byte[] of(List<KpiLines.Line> lines) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < KpiLines.HEADER.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(KpiLines.HEADER.get(i));
                cell.setCellStyle(bold);
            }
            int number = 1;
            for (KpiLines.Line line : lines) {
                Row row = sheet.createRow(number++);
                row.createCell(0).setCellValue(line.section());
                row.createCell(1).setCellValue(line.measure());
                row.createCell(2).setCellValue(line.by());
                row.createCell(3).setCellValue(KpiCsv.defused(line.group()));
                if (line.value() instanceof Long figure) {
                    row.createCell(4).setCellValue(figure.doubleValue());
                } else {
                    row.createCell(4).setCellValue(KpiCsv.defused(line.value().toString()));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < KpiLines.HEADER.size(); i++) {
                sheet.setColumnWidth(i, 32 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
