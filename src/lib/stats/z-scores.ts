/** z for a two-sided 95% and 99.8% interval (shared by the interval maths and the significance rule). */
export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;
