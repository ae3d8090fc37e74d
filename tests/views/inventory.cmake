# GUI tests of the inventory screens.
