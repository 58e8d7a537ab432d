/**
 * Puts `text` on the clipboard where the browser allows it (the clipboard API is missing where the page is not a
 * secure context, and refused where the browser wants a permission first), else selects it in `area` for the person
 * to copy.
 */
export async function copyOrSelect(text: string, area: HTMLTextAreaElement): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    area.focus();
    area.select();
    return 'selected';
  }
}
