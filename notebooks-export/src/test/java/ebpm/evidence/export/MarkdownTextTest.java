package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void leavesPlainTextAndFileNamesReadable() {
        assertThat(MarkdownText.escape("kanagawa-ict-measures-fy2020.csv (令和2年度)"))
                .isEqualTo("kanagawa-ict-measures-fy2020.csv (令和2年度)");
    }

    @Test
    void escapesInlineMarkupHtmlAndMath() {
        assertThat(MarkdownText.escape("<b>*強調*</b> [x](javascript:y) $100 & `code` stg_measures"))
                .isEqualTo("&lt;b&gt;\\*強調\\*&lt;/b&gt; \\[x\\](javascript:y) \\$100 &amp; \\`code\\` stg\\_measures");
    }

    @Test
    void escapesAStartThatWouldOpenABlock() {
        assertThat(MarkdownText.escape("# 見出し")).isEqualTo("\\# 見出し");
        assertThat(MarkdownText.escape("- 項目")).isEqualTo("\\- 項目");
        assertThat(MarkdownText.escape("1. 項目")).isEqualTo("1\\. 項目");
        assertThat(MarkdownText.escape("> 引用")).isEqualTo("&gt; 引用");
        assertThat(MarkdownText.escape("2020年度")).isEqualTo("2020年度");
    }
}
