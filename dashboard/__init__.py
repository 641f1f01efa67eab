"""Everything that reads and shows: the Streamlit pages and the queries, filters and charts behind them."""
