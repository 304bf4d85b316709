"""kamcareer: explore and compare sales careers. Run with ``streamlit run app.py``."""

import streamlit as st

from kamcareer import ui

st.set_page_config(page_title="kamcareer", page_icon=":material/explore:", layout="wide")

ui.current_lang()
t = ui.translator()

ICONS = {
    "home": ":material/home:",
    "role": ":material/badge:",
    "compare": ":material/compare_arrows:",
    "pay": ":material/payments:",
    "fit": ":material/quiz:",
    "guide": ":material/hub:",
    "jobad": ":material/edit_note:",
    "sources": ":material/menu_book:",
}
pages = [
    st.Page(path, title=t(f"nav.{url}"), icon=ICONS[url], url_path=url, default=url == "home")
    for url, path in ui.PAGES.items()
]
page = st.navigation(pages)
ui.keep_lang_in_url()
ui.language_picker()
page.run()
