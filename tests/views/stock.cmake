# GUI tests of the stock screens.
