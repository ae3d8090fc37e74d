# Tests of the stock item models and screens.
