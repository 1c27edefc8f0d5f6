package ebpm.evidence.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void escapesTheFiveCharactersThatCanBreakOutOfTextOrAttributes() {
        assertThat(HtmlText.escape("<a href=\"x\" title='y'>A&B</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A&amp;B&lt;/a&gt;");
    }

    @Test
    void leavesJapaneseAlone() {
        assertThat(HtmlText.escape("施策の成果指標達成状況（柱・中柱別）")).isEqualTo("施策の成果指標達成状況（柱・中柱別）");
    }
}
