import { Editor } from '@tiptap/core';
import { expect } from '@open-wc/testing';
import { articleExtensions } from '../src/client/rich-text/extensions.js';
import { cleanPastedHtml } from '../src/client/rich-text/paste.js';

// Clipboard HTML as Word (Windows and Mac), Google Docs and LibreOffice put it on the clipboard, cleaned by
// cleanPastedHtml and pasted through ProseMirror's own paste path into an editor with the article schema.

async function fixture(name: string): Promise<string> {
  const response = await fetch(new URL(`./fixtures/paste/${name}`, import.meta.url));
  expect(response.ok, name).to.be.true;
  return response.text();
}

let editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors) {
    const element = editor.options.element as HTMLElement;
    editor.destroy();
    element.remove();
  }
  editors = [];
});

/** Pastes `html` into an empty article editor the way a paste event does; returns the editor. */
function pasteIntoEditor(html: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: articleExtensions(),
    injectCSS: false,
    editorProps: { transformPastedHTML: cleanPastedHtml },
  });
  editors.push(editor);
  expect(editor.view.pasteHTML(html)).to.be.true;
  return editor;
}

/** What the editor holds after pasting `html`. */
function paste(html: string): string {
  return pasteIntoEditor(html).getHTML();
}

/** The editor writes its own table attributes (minimum column widths); the pasted ones are gone. */
function editorTables(html: string, columns = 2): string {
  const cols = '<col style="min-width: 25px;">'.repeat(columns);
  return html.replaceAll('<table>', `<table style="min-width: ${25 * columns}px;"><colgroup>${cols}</colgroup>`);
}

/** The words of a text, sorted: equal lists mean no text was lost or added. */
function words(text: string): string[] {
  return text
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .sort();
}

/** The words a reader sees in clipboard HTML: without scripts, styles and Word's typed-out list markers. */
function sourceWords(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.body.querySelectorAll('script, style, [style*="mso-list:Ignore" i]')) el.remove();
  // Blocks and line breaks separate words even where the markup has no space between them.
  for (const el of doc.body.querySelectorAll('*')) {
    if (el.localName.includes('-') || !['inline', 'contents'].includes(displayOf(el))) {
      el.before(' ');
      el.after(' ');
    }
  }
  return words(doc.body.textContent ?? '');
}

const INLINE = /^(a|abbr|b|del|em|font|i|ins|label|o:p|q|s|small|span|st1:place|strike|strong|sub|sup|u|code)$/;

/** Whether an element is laid out inline (the parsed document is not rendered: decided by its name). */
function displayOf(el: Element): string {
  return INLINE.test(el.localName) ? 'inline' : 'block';
}

function editorWords(editor: Editor): string[] {
  return words(editor.getText({ blockSeparator: ' ' }));
}

describe('cleanPastedHtml: clipboard HTML of real programs', () => {
  it('Word for Windows: lists, nesting, bold and italic, heading, table, image and links', async () => {
    const html = await fixture('word.html');
    const expected =
      '<h2>Hội nghị tổng kết công tác năm 2025</h2>' +
      '<p>Sáng ngày 15/12, <strong>Sở Thông tin và Truyền thông</strong> tổ chức hội nghị tổng kết. <em>Phát biểu khai mạc</em>, ' +
      'đồng chí Giám đốc nhấn mạnh ba nhiệm vụ trọng tâm:</p>' +
      '<ol><li><p>Đẩy mạnh chuyển đổi số trong cơ quan nhà nước.</p>' +
      '<ul><li><p>Hoàn thiện cổng dịch vụ công trực tuyến;</p></li><li><p>Số hóa hồ sơ lưu trữ.</p></li></ul></li>' +
      '<li><p>Nâng cao chất lượng <strong>thông tin đối ngoại</strong>.</p></li>' +
      '<li><p>Bảo đảm an toàn, an ninh mạng.</p></li></ol>' +
      '<p>Thành phần tham dự gồm:</p>' +
      '<ul><li><p>Lãnh đạo Sở và các phòng chuyên môn;</p></li><li><p>Đại diện <em>Ủy ban nhân dân</em> các quận, huyện.</p></li></ul>' +
      '<p>Kết quả thực hiện các chỉ tiêu chính:</p>' +
      '<table><tbody>' +
      '<tr><td><p><strong>Chỉ tiêu</strong></p></td><td><p><strong>Kết quả</strong></p></td></tr>' +
      '<tr><td><p>Hồ sơ xử lý trực tuyến</p></td><td><p>87,5%</p></td></tr>' +
      '<tr><td colspan="2"><p><em>Nguồn: Văn phòng Sở</em></p></td></tr>' +
      '</tbody></table>' +
      '<p>Chi tiết xem tại <a href="https://stttt.example.gov.vn/tin-tuc/hoi-nghi-tong-ket-2025">cổng thông tin của Sở</a> và báo cáo đầy đủ.</p>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    const editor = pasteIntoEditor(html);
    expect(editor.getHTML()).to.equal(editorTables(expected));
    expect(editorWords(editor)).to.deep.equal(sourceWords(html));
  });

  it('Word for Mac: title and subtitle, three list levels (1. a. i.), Wingdings bullets, mail link', async () => {
    const html = await fixture('word-mac.html');
    const expected =
      '<h2>Thông cáo báo chí</h2><h2>Về việc tổ chức Lễ hội Văn hóa – Du lịch 2026</h2>' +
      '<p>Ban Tổ chức <strong>trân trọng thông báo</strong> chương trình như sau:</p>' +
      '<ol><li><p>Ngày thứ nhất: khai mạc</p>' +
      '<ol><li><p>Diễu hành nghệ thuật</p><ol><li><p>Đoàn xe hoa đi qua <em>phố đi bộ</em></p></li></ol></li>' +
      '<li><p>Bắn pháo hoa</p></li></ol></li>' +
      '<li><p>Ngày thứ hai: hội chợ ẩm thực</p></li></ol>' +
      '<ul><li><p>Vé vào cửa: miễn phí</p></li>' +
      '<li><p>Liên hệ: <a href="mailto:bantochuc@example.gov.vn">bantochuc@example.gov.vn</a></p></li></ul>' +
      '<p>Xem thêm <a href="https://dulich.example.gov.vn/le-hoi-2026">chương trình chi tiết</a>.</p>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    const editor = pasteIntoEditor(html);
    expect(editor.getHTML()).to.equal(expected);
    expect(editorWords(editor)).to.deep.equal(sourceWords(html));
  });

  it('Google Docs: the normal-weight wrapper, styled spans, nested list, redirect link, table, picture', async () => {
    const html = await fixture('google-docs.html');
    const expected =
      '<h2>Kế hoạch truyền thông quý I</h2>' +
      '<p>Văn bản thường, <strong>chữ đậm</strong> và <em>chữ nghiêng</em>.</p>' +
      '<h3>Các kênh chính</h3>' +
      '<ul><li><p>Cổng thông tin điện tử</p><ul><li><p>Chuyên mục <strong>Tin tức – Sự kiện</strong></p></li></ul></li>' +
      '<li><p>Mạng xã hội</p></li></ul>' +
      '<ol><li><p>Lập kế hoạch</p></li><li><p>Triển khai</p></li></ol>' +
      '<p>Xem <a href="https://baochinhphu.vn/ke-hoach-truyen-thong.htm">kế hoạch chi tiết</a>.</p>' +
      '<table><tbody>' +
      '<tr><td><p><strong>Kênh</strong></p></td><td><p><strong>Lượt xem</strong></p></td></tr>' +
      '<tr><td><p>Cổng thông tin</p></td><td><p>125.000</p></td></tr>' +
      '</tbody></table>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    const editor = pasteIntoEditor(html);
    expect(editor.getHTML()).to.equal(editorTables(expected));
    expect(editorWords(editor)).to.deep.equal(sourceWords(html));
  });

  it('LibreOffice Writer: font tags, h4, lists nested beside their items, image from a temporary file, table', async () => {
    const html = await fixture('libreoffice.html');
    const expected =
      '<h2>Thông báo lịch tiếp công dân</h2>' +
      '<p>Căn cứ <strong>Luật Tiếp công dân</strong>, Ủy ban nhân dân phường thông báo lịch tiếp công dân <em>định kỳ</em> như sau:</p>' +
      '<h3>Địa điểm và thời gian</h3>' +
      '<ol><li><p>Trụ sở Ủy ban nhân dân phường</p><ol><li><p>Phòng tiếp dân, tầng 1</p></li></ol></li>' +
      '<li><p>Sáng thứ Năm hằng tuần</p></li></ol>' +
      '<ul><li><p>Mang theo <strong>căn cước công dân</strong></p></li><li><p>Hồ sơ, giấy tờ liên quan (nếu có)</p></li></ul>' +
      '<table><tbody>' +
      '<tr><td><p><strong>Ngày</strong></p></td><td><p><strong>Người tiếp</strong></p></td></tr>' +
      '<tr><td><p>Thứ Năm, 08/01/2026</p></td><td><p>Chủ tịch Ủy ban nhân dân phường</p></td></tr>' +
      '</tbody></table>' +
      '<p>Liên hệ: <a href="mailto:tiepdan@example.gov.vn">tiepdan@example.gov.vn</a> hoặc ' +
      '<a href="https://phuong.example.gov.vn/lien-he">trang liên hệ</a>.</p>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    const editor = pasteIntoEditor(html);
    expect(editor.getHTML()).to.equal(editorTables(expected));
    expect(editorWords(editor)).to.deep.equal(sourceWords(html));
  });

  it('leaves no style, class, lang, align, width or Office element behind', async () => {
    for (const name of ['word.html', 'word-mac.html', 'google-docs.html', 'libreoffice.html']) {
      const cleaned = cleanPastedHtml(await fixture(name));
      expect(cleaned, name).not.to.match(/\s(style|class|lang|align|width|height|dir|id|name|border|cellpadding)=/);
      expect(cleaned, name).not.to.match(/<(\w+:|span|font|img|col|div|b|i)[\s>]/i);
      expect(cleaned, name).not.to.match(/&nbsp;|file:|mso-|<!--/);
    }
  });
});

/** A Word list paragraph as Word writes it on the clipboard. */
function wordItem(marker: string, text: string, level = 1, list = 'l0 level%d lfo1', klass = 'MsoListParagraphCxSpMiddle'): string {
  return (
    `<p class=${klass} style='text-indent:-.25in;mso-list:${list.replace('%d', String(level))}'><![if !supportLists]>` +
    `<span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>` +
    `&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>${text}<o:p></o:p></span></p>\n`
  );
}

describe('cleanPastedHtml: Word lists', () => {
  it('tells numbered lists from bulleted ones by the typed-out marker', () => {
    for (const marker of ['1.', '12.', '1)', '(1)', 'a.', 'B.', 'a)', 'i.', 'iv.', 'XII.', '1.2.']) {
      expect(cleanPastedHtml(wordItem(marker, 'Mục')), marker).to.equal('<ol><li><p>Mục</p></li></ol>');
    }
    for (const marker of ['·', 'o', '§', '\uf0b7', '•', '▪', 'Ø', 'ü', '-', '–', '']) {
      expect(cleanPastedHtml(wordItem(marker, 'Mục')), marker).to.equal('<ul><li><p>Mục</p></li></ul>');
    }
  });

  it('reads the marker from the supportLists section when it has no mso-list:Ignore span', () => {
    const html =
      "<p class=MsoNormal style='margin-left:.5in;text-indent:-.25in;mso-list:l2 level1 lfo3'><!--[if !supportLists]-->" +
      '<span>a)&nbsp;&nbsp;&nbsp; </span><!--[endif]-->Thứ nhất</p>' +
      "<p class=MsoNormal style='margin-left:.5in;text-indent:-.25in;mso-list:l2 level1 lfo3'><!--[if !supportLists]-->" +
      '<span>b)&nbsp;&nbsp;&nbsp; </span><!--[endif]-->Thứ hai</p>';
    expect(cleanPastedHtml(html)).to.equal('<ol><li><p>Thứ nhất</p></li><li><p>Thứ hai</p></li></ol>');
  });

  it('nests by level, comes back out, and keeps separate lists apart', () => {
    const html =
      wordItem('1.', 'Một', 1, 'l0 level%d lfo1', 'MsoListParagraphCxSpFirst') +
      wordItem('·', 'Một chấm', 2) +
      wordItem('§', 'Sâu hơn', 3) +
      wordItem('2.', 'Hai', 1) +
      wordItem('a.', 'Hai a', 2) +
      wordItem('3.', 'Ba', 1, 'l0 level%d lfo1', 'MsoListParagraphCxSpLast') +
      '<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n' +
      wordItem('1.', 'Danh sách khác', 1, 'l5 level%d lfo7', 'MsoListParagraph');
    const expected =
      '<ol><li><p>Một</p><ul><li><p>Một chấm</p><ul><li><p>Sâu hơn</p></li></ul></li></ul></li>' +
      '<li><p>Hai</p><ol><li><p>Hai a</p></li></ol></li><li><p>Ba</p></li></ol>' +
      '<ol><li><p>Danh sách khác</p></li></ol>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    expect(paste(html)).to.equal(expected);
  });

  it('a list that starts deeper than level 1 and a jump of two levels nest one level at a time', () => {
    const html = wordItem('o', 'Con', 2) + wordItem('1.', 'Cha', 1) + wordItem('§', 'Cháu', 3);
    expect(cleanPastedHtml(html)).to.equal('<ul><li><p>Con</p></li></ul><ol><li><p>Cha</p><ul><li><p>Cháu</p></li></ul></li></ol>');
  });

  it('a List Paragraph without a number continues the item above; other paragraphs end the list', () => {
    const html =
      wordItem('1.', 'Mục một', 1, 'l0 level%d lfo1', 'MsoListParagraphCxSpFirst') +
      '<p class=MsoListParagraphCxSpMiddle><span lang=VI>Đoạn giải thích thêm.<o:p></o:p></span></p>\n' +
      wordItem('2.', 'Mục hai', 1, 'l0 level%d lfo1', 'MsoListParagraphCxSpLast') +
      '<p class=MsoNormal>Đoạn thường.</p>';
    const expected = '<ol><li><p>Mục một</p><p>Đoạn giải thích thêm.</p></li><li><p>Mục hai</p></li></ol><p>Đoạn thường.</p>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    expect(paste(html)).to.equal(expected);
  });

  it('a List Paragraph without numbering outside a list stays a paragraph', () => {
    expect(cleanPastedHtml('<p class=MsoListParagraph>Chỉ thụt lề</p>')).to.equal('<p>Chỉ thụt lề</p>');
  });

  it("keeps a numbered heading's number as text", () => {
    const html =
      "<h1 style='margin-left:.25in;text-indent:-.25in;mso-list:l3 level1 lfo5'><![if !supportLists]><span><span style='mso-list:Ignore'>1." +
      '<span style=\'font:7.0pt "Times New Roman"\'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Giới thiệu</h1>';
    expect(cleanPastedHtml(html)).to.equal('<h2>1. Giới thiệu</h2>');
  });

  it('Word lists inside a table cell', () => {
    const html = `<table><tr><td>${wordItem('·', 'Trong ô')}${wordItem('·', 'Ô tiếp')}</td></tr></table>`;
    expect(cleanPastedHtml(html)).to.equal(
      '<table><tbody><tr><td><ul><li><p>Trong ô</p></li><li><p>Ô tiếp</p></li></ul></td></tr></tbody></table>',
    );
  });
});

describe('cleanPastedHtml: noise', () => {
  it('drops conditional comments, Office elements, attributes, spans and fonts, keeping the text', () => {
    const html =
      '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->' +
      "<p class=MsoNormal align=center style='text-align:center' lang=VI><span lang=VI style='font-size:14.0pt;color:red'>" +
      '<font face="Times New Roman" color="#333333">Chữ</font> <st1:place w:st="on">Hà Nội</st1:place>' +
      '<o:p></o:p></span></p>' +
      '<w:Sdt SdtTag="x"><p class=MsoNormal>Trong điều khiển nội dung</p></w:Sdt>' +
      "<p class=MsoNormal><v:shape style='width:10pt'><v:imagedata src='file:///C:/a.png' o:title=''/></v:shape>Sau hình</p>" +
      '<p class=MsoNormal><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>Phương trình</p>';
    expect(cleanPastedHtml(html)).to.equal('<p>Chữ Hà Nội</p><p>Trong điều khiển nội dung</p><p>Sau hình</p><p>Phương trình</p>');
  });

  it('turns runs of &nbsp; into one space, drops empty paragraphs, keeps a single non-breaking space', () => {
    const html =
      '<p class=MsoNormal>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Thụt đầu dòng<span style="mso-tab-count:1">&nbsp;&nbsp;&nbsp; </span>sau tab.&nbsp;</p>' +
      '<p>&nbsp;</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p><br></p><p style="margin-bottom: 0cm"><br/>\n</p><p> </p>' +
      '<p>TP.&nbsp;HCM,\r\n  ngày&nbsp; 1</p>';
    expect(cleanPastedHtml(html)).to.equal('<p>Thụt đầu dòng sau tab.</p><p>TP.&nbsp;HCM, ngày 1</p>');
  });

  it("unwraps anchors without href (Word's bookmarks) and drops empty ones", () => {
    const html = '<h2><a name="_Toc1">Mục lục</a></h2><p><a name="_GoBack"></a>Văn bản</p>';
    expect(cleanPastedHtml(html)).to.equal('<h2>Mục lục</h2><p>Văn bản</p>');
  });

  it('keeps line breaks inside a paragraph, not at its ends', () => {
    expect(cleanPastedHtml('<p><br>Dòng một<br>Dòng hai<br></p>')).to.equal('<p>Dòng một<br>Dòng hai</p>');
    expect(paste('<p><br>Dòng một<br>Dòng hai<br></p>')).to.equal('<p>Dòng một<br>Dòng hai</p>');
  });

  it('pre becomes a paragraph with its lines', () => {
    expect(cleanPastedHtml('<pre>dòng 1\ndòng 2</pre>')).to.equal('<p>dòng 1<br>dòng 2</p>');
  });

  it('plain text and loose inline content become paragraphs', () => {
    expect(cleanPastedHtml('Chỉ là chữ')).to.equal('<p>Chỉ là chữ</p>');
    expect(cleanPastedHtml('<span>Một</span><div>Hai</div>Ba')).to.equal('<p>Một</p><p>Hai</p><p>Ba</p>');
  });
});

describe('cleanPastedHtml: formatting', () => {
  it('bold and italic from tags and from inline styles', () => {
    const html =
      '<p><b>b</b> <strong>strong</strong> <span style="font-weight:bold">bold</span> <span style="font-weight: 700">700</span> ' +
      '<span style="FONT-WEIGHT: 600 !important">600</span> <i>i</i> <em>em</em> <span style="font-style:italic">italic</span> ' +
      '<span style="font-weight:700;font-style:italic">cả hai</span></p>';
    expect(cleanPastedHtml(html)).to.equal(
      '<p><strong>b</strong> <strong>strong</strong> <strong>bold</strong> <strong>700</strong> <strong>600</strong> ' +
        '<em>i</em> <em>em</em> <em>italic</em> <strong><em>cả hai</em></strong></p>',
    );
  });

  it("Google Docs' normal-weight wrapper and normal-weight spans are not bold", () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-0000-1111-222233334444">' +
      '<span style="font-weight:400;">Thường </span><span style="font-weight:700;">đậm</span></b>';
    expect(cleanPastedHtml(html)).to.equal('<p>Thường <strong>đậm</strong></p>');
    expect(cleanPastedHtml('<b>Đậm <span style="font-weight:normal">thường</span></b>')).to.equal('<p><strong>Đậm </strong>thường</p>');
    expect(cleanPastedHtml('<i>Nghiêng <span style="font-style:normal">thẳng</span></i>')).to.equal('<p><em>Nghiêng </em>thẳng</p>');
  });

  it("ignores Word's mso-bidi-font-weight and mso-bidi-font-style", () => {
    const html = "<p><b style='mso-bidi-font-weight:normal'>Đậm</b> <i style='mso-bidi-font-style:normal'>nghiêng</i></p>";
    expect(cleanPastedHtml(html)).to.equal('<p><strong>Đậm</strong> <em>nghiêng</em></p>');
  });

  it('joins neighbouring runs of the same formatting', () => {
    const html = '<p><b><span>Một </span></b><b><span>hai</span><i>ba</i></b></p>';
    expect(cleanPastedHtml(html)).to.equal('<p><strong>Một hai<em>ba</em></strong></p>');
    expect(paste(html)).to.equal('<p><strong>Một hai<em>ba</em></strong></p>');
  });

  it('drops underline, strike-through, sub- and superscript and code, keeping their text', () => {
    const html = '<p><u>gạch</u> <s>xóa</s> <strike>cũ</strike> m<sup>2</sup> H<sub>2</sub>O <code>x</code></p>';
    expect(cleanPastedHtml(html)).to.equal('<p>gạch xóa cũ m2 H2O x</p>');
  });
});

describe('cleanPastedHtml: headings', () => {
  it('h1 and h2 become h2, h3 to h6 become h3; Word title and subtitle become h2', () => {
    const html =
      '<h1>Một</h1><h2>Hai</h2><h3>Ba</h3><h4>Bốn</h4><h5>Năm</h5><h6>Sáu</h6>' +
      '<p class=MsoTitle>Tiêu đề</p><p class=MsoSubtitle>Phụ đề</p>';
    const expected = '<h2>Một</h2><h2>Hai</h2><h3>Ba</h3><h3>Bốn</h3><h3>Năm</h3><h3>Sáu</h3><h2>Tiêu đề</h2><h2>Phụ đề</h2>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    expect(paste(html)).to.equal(expected);
  });
});

describe('cleanPastedHtml: pictures', () => {
  it('removes pictures that cannot be loaded, and the paragraphs they leave empty', () => {
    const html =
      '<p>Trước</p>' +
      '<p><img src="file:///C:/Users/a/clip_image001.png" width=300></p>' +
      '<p><img src="blob:https://docs.google.com/3f1b7c52"></p>' +
      '<p><img src="data:image/png;base64,iVBORw0KGgo="> Chữ cạnh ảnh</p>' +
      '<p><!--[if gte vml 1]><v:shape><v:imagedata src="file:///C:/a.png"/></v:shape><![endif]--><![if !vml]><img src="file:///C:/b.jpg"><![endif]></p>' +
      '<p><img src="cid:image001.png@01D8"></p>' +
      '<p>Sau</p>';
    const expected = '<p>Trước</p><p>Chữ cạnh ảnh</p><p>Sau</p>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    expect(paste(html)).to.equal(expected);
  });

  it("keeps a figure whose picture can be loaded (copied from the portal's own pages)", () => {
    const html =
      '<figure class="article-figure"><img src="https://portal.example.gov.vn/media/anh.jpg" alt="Quang cảnh" width="800" height="533" loading="lazy" style="x">' +
      '<figcaption style="color:gray">Quang cảnh <b>hội nghị</b></figcaption></figure>';
    const expected =
      '<figure><img src="https://portal.example.gov.vn/media/anh.jpg" alt="Quang cảnh" width="800" height="533"><figcaption>Quang cảnh <strong>hội nghị</strong></figcaption></figure>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    expect(paste(html)).to.equal(expected);
  });

  it("keeps a broken figure's caption as a paragraph", () => {
    const html = '<figure><img src="file:///C:/a.png"><figcaption>Chú thích</figcaption></figure>';
    expect(cleanPastedHtml(html)).to.equal('<p>Chú thích</p>');
    expect(paste(html)).to.equal('<p>Chú thích</p>');
  });
});

describe('cleanPastedHtml: tables', () => {
  it('keeps rows, header cells, colspan and rowspan; drops sizes, borders, col and colgroup', () => {
    const html =
      '<table border="1" cellpadding="4" cellspacing="0" width="600" style="width:450pt">' +
      '<colgroup><col width="200"><col width="400"></colgroup>' +
      '<thead><tr style="height:20px"><th width="200" style="background:#eee" scope="col">Tên</th><th colspan="1">Giá trị</th></tr></thead>' +
      '<tbody><tr><td rowspan="2" height="40" valign="top" align="center">Gộp dọc</td><td>1</td></tr><tr><td>2</td></tr>' +
      '<tr><td colspan="2" bgcolor="yellow">Gộp ngang</td></tr></tbody></table>';
    const expected =
      '<table><thead><tr><th><p>Tên</p></th><th><p>Giá trị</p></th></tr></thead>' +
      '<tbody><tr><td rowspan="2"><p>Gộp dọc</p></td><td><p>1</p></td></tr><tr><td><p>2</p></td></tr>' +
      '<tr><td colspan="2"><p>Gộp ngang</p></td></tr></tbody></table>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    expect(paste(html)).to.equal(
      '<table style="min-width: 50px;"><colgroup><col style="min-width: 25px;"><col style="min-width: 25px;"></colgroup><tbody>' +
        '<tr><th><p>Tên</p></th><th><p>Giá trị</p></th></tr>' +
        '<tr><td rowspan="2"><p>Gộp dọc</p></td><td><p>1</p></td></tr><tr><td><p>2</p></td></tr>' +
        '<tr><td colspan="2"><p>Gộp ngang</p></td></tr></tbody></table>',
    );
  });

  it("puts a caption's text above the table, and skips Word's layout-only rows", () => {
    const html =
      '<table><caption>Bảng 1</caption><tr><td>Ô</td></tr>' +
      '<![if !supportMisalignedColumns]><tr height=0><td width=120 style="border:none"></td></tr><![endif]></table>';
    expect(cleanPastedHtml(html)).to.equal('<p>Bảng 1</p><table><tbody><tr><td><p>Ô</p></td></tr></tbody></table>');
  });
});

describe('cleanPastedHtml: links', () => {
  it('keeps http, https, mailto and site paths', () => {
    for (const href of ['http://a.example/x', 'https://a.example/x?y=1&z=2', 'mailto:ban@example.gov.vn', '/tin-tuc/bai-viet']) {
      const cleaned = cleanPastedHtml(
        `<p><a href="${href.replace('&', '&amp;')}" title="t" target="_blank" style="color:blue">liên kết</a></p>`,
      );
      expect(cleaned, href).to.equal(`<p><a href="${href.replace('&', '&amp;')}">liên kết</a></p>`);
    }
  });

  it('drops javascript:, data:, vbscript:, file:, anchors and other-host relative links, keeping their text', () => {
    const hrefs = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java&#9;script:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///C:/Users/a/Bao%20cao.docx',
      'file:///C:\\Users\\a\\b.docx',
      '#_Toc12345',
      '//evil.example/x',
      '/\\evil.example/x',
      'bai-viet.html',
      'ftp://a.example/x',
    ];
    for (const href of hrefs) {
      const html = `<p>Xem <a href="${href.replace(/"/g, '&quot;')}">đây</a>.</p>`;
      expect(cleanPastedHtml(html), href).to.equal('<p>Xem đây.</p>');
      expect(paste(html), href).to.equal('<p>Xem đây.</p>');
    }
  });

  it("follows Google's redirect links to where they lead", () => {
    const html =
      '<p><a href="https://www.google.com/url?q=https://baochinhphu.vn/a.htm%3Fid%3D5&amp;sa=D&amp;source=editors&amp;ust=1&amp;usg=AOvVaw">Một</a> ' +
      '<a href="https://www.google.com/url?q=javascript:alert(1)&amp;sa=D">Hai</a> ' +
      '<a href="https://www.google.com/search?q=hanoi">Ba</a></p>';
    const expected =
      '<p><a href="https://baochinhphu.vn/a.htm?id=5">Một</a> Hai <a href="https://www.google.com/search?q=hanoi">Ba</a></p>';
    expect(cleanPastedHtml(html)).to.equal(expected);
    expect(paste(html)).to.equal(expected);
  });
});

describe('cleanPastedHtml: security', () => {
  const win = window as unknown as Record<string, unknown>;
  beforeEach(() => delete win.pastedScriptRan);

  it('an image with an error handler is removed and never runs', async () => {
    const html = '<p>Chữ<img src=x onerror="window.pastedScriptRan = true"></p>';
    expect(cleanPastedHtml(html)).to.equal('<p>Chữ</p>');
    expect(paste(html)).to.equal('<p>Chữ</p>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.pastedScriptRan).to.equal(undefined);
  });

  it('scripts, styles, frames, objects, forms and SVG go whole; event attributes go', async () => {
    const html =
      '<script>window.pastedScriptRan = true</script><style>p{color:red}</style>' +
      '<p onclick="window.pastedScriptRan = true" onmouseover="x()">Một <b onmouseover="x()">hai</b></p>' +
      '<iframe src="javascript:parent.pastedScriptRan=true"></iframe><object data="x.swf"></object><embed src="x.swf">' +
      '<svg onload="window.pastedScriptRan = true"><text>svg</text></svg><form action="/x"><input value="giá trị"><button>Gửi</button></form>' +
      '<noscript><p>noscript</p></noscript><template><p>mẫu</p></template>';
    expect(cleanPastedHtml(html)).to.equal('<p>Một <strong>hai</strong></p>');
    expect(paste(html)).to.equal('<p>Một <strong>hai</strong></p>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.pastedScriptRan).to.equal(undefined);
  });

  it('a javascript: link becomes text in the editor', () => {
    const editor = pasteIntoEditor('<p><a href="javascript:window.pastedScriptRan=true">bấm vào</a></p>');
    expect(editor.getHTML()).to.equal('<p>bấm vào</p>');
    expect(editor.view.dom.querySelector('a')).to.equal(null);
  });
});

describe('cleanPastedHtml: never loses text', () => {
  it('keeps the text of unknown, misplaced and oddly nested markup', () => {
    const html =
      '<custom-tag>Một</custom-tag><article><section><div><div>Hai <span>ba <b>bốn</b></span></div></div></section></article>' +
      '<ul>Chữ lạc trong danh sách<li>Năm</li><p>Sáu</p></ul><li>Mục lẻ</li>' +
      '<table>Chữ lạc trong bảng<tr><td>Bảy<table><tr><td>Tám</td></tr></table></td></tr></table>' +
      '<blockquote>Chín <p>Mười</p></blockquote><h1>Mười <div>một</div></h1><dl><dt>Mười hai</dt><dd>Mười ba</dd></dl>' +
      '<a href="https://a.example"><p>Mười bốn</p><p>Mười lăm</p></a><details><summary>Mười sáu</summary>Mười bảy</details>' +
      '<center>Mười tám</center><address>Mười chín</address><figure><blockquote>Hai mươi</blockquote><figcaption>Hai mốt</figcaption></figure>' +
      '<p><del>Hai hai</del> <ins>Hai ba</ins> <abbr title="x">Hai bốn</abbr> <q>Hai lăm</q> <small>Hai sáu</small> <label>Hai bảy</label></p>';
    expect(cleanPastedHtml(html)).to.equal(
      '<p>Một</p><p>Hai ba <strong>bốn</strong></p>' +
        '<ul><li><p>Chữ lạc trong danh sách</p></li><li><p>Năm</p></li><li><p>Sáu</p></li></ul><p>Mục lẻ</p>' +
        '<p>Chữ lạc trong bảng</p><table><tbody><tr><td><p>Bảy</p><table><tbody><tr><td><p>Tám</p></td></tr></tbody></table></td></tr></tbody></table>' +
        '<blockquote><p>Chín</p><p>Mười</p></blockquote><h2>Mười<br>một</h2><p>Mười hai</p><p>Mười ba</p>' +
        '<p><a href="https://a.example">Mười bốn</a></p><p><a href="https://a.example">Mười lăm</a></p><p>Mười sáu</p><p>Mười bảy</p>' +
        '<p>Mười tám</p><p>Mười chín</p><blockquote><p>Hai mươi</p></blockquote><p>Hai mốt</p>' +
        '<p>Hai hai Hai ba Hai bốn Hai lăm Hai sáu Hai bảy</p>',
    );
    const editor = pasteIntoEditor(html);
    expect(editorWords(editor)).to.deep.equal(sourceWords(html));
  });

  it('keeps the text of every fixture, also pasted whole into the editor', async () => {
    for (const name of ['word.html', 'word-mac.html', 'google-docs.html', 'libreoffice.html']) {
      const html = await fixture(name);
      const cleaned = new DOMParser().parseFromString(cleanPastedHtml(html), 'text/html');
      for (const block of cleaned.body.querySelectorAll('p, h2, h3, li, td, th')) block.append(' ');
      expect(words(cleaned.body.textContent ?? ''), name).to.deep.equal(sourceWords(html));
    }
  });

  it('returns HTML copied from a ProseMirror editor as it is', () => {
    const html = '<p data-pm-slice="1 1 []">Chữ <strong>đậm</strong></p>';
    expect(cleanPastedHtml(html)).to.equal(html);
  });

  it('copying within the editor keeps lists and marks', () => {
    const source = pasteIntoEditor('<ul><li><p>Một <strong>hai</strong></p></li><li><p>Ba</p></li></ul>');
    const { dom } = source.view.serializeForClipboard(source.state.doc.slice(0, source.state.doc.content.size));
    const html = dom.innerHTML;
    expect(html).to.contain('data-pm-slice');
    expect(paste(html)).to.equal('<ul><li><p>Một <strong>hai</strong></p></li><li><p>Ba</p></li></ul>');
  });
});
